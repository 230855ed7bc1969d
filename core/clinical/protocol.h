#pragma once

#include "grading.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace nc {

// A clinic's fever protocol (CLINICAL.md §3). Guidelines disagree on the threshold, on whether
// the boundary counts and on the sustained rule, so all of it is data; every alert names its
// protocol. Defaults are those of CLINICAL.md §3.
struct Protocol
{
    Q_DECLARE_TR_FUNCTIONS(nc::Protocol)
public:
    struct Single
    {
        double thresholdC = 38.3;
        bool inclusive = true;
        bool operator==(const Single &) const = default;
    };
    struct Sustained
    {
        double thresholdC = 38.0;
        bool inclusive = true;
        int minutes = 60;
        bool operator==(const Sustained &) const = default;
    };
    struct Low
    {
        double thresholdC = 36.0; // strictly below triggers
        bool operator==(const Low &) const = default;
    };

    static constexpr double kDefaultWatchC = 37.5;
    static constexpr int kDefaultRecheckMinutes = 60;
    static constexpr int kDefaultLookbackHours = 24;
    static constexpr double kDefaultFnAnc = 500; // "< 500" (IDSA 2010)
    static constexpr int kDefaultStaleDays = 7;
    static constexpr int kDefaultNadirStartDay = 7; // CDC: 7–12 days after a dose
    static constexpr int kDefaultNadirEndDay = 14;
    static constexpr int kDefaultTreatmentWindowDays = 42;
    // No temperature in this many hours adds the note `no_recent_reading` (CLINICAL.md §4).
    static constexpr int kDefaultReadingGapHours = 12;

    QString id;
    QString name;
    Single single;
    std::optional<Sustained> sustained;
    std::optional<Low> low;
    double watchC = kDefaultWatchC;
    int recheckMinutes = kDefaultRecheckMinutes;
    int lookbackHours = kDefaultLookbackHours;
    double fnAnc = kDefaultFnAnc;
    double llnAnc = grading::kDefaultLln;
    int staleDays = kDefaultStaleDays;
    int nadirStartDay = kDefaultNadirStartDay;
    int nadirEndDay = kDefaultNadirEndDay;
    int treatmentWindowDays = kDefaultTreatmentWindowDays;
    int readingGapHours = kDefaultReadingGapHours;

    // The watch threshold applies only below the single threshold (compared exactly).
    bool watchApplies() const { return single.thresholdC > watchC; }

    // Where one reading stands against this protocol, on its own (no runs, no masking): for
    // lists that flag readings. The assessment engine alone decides what a history means.
    enum class ReadingBand { Usual, Watch, Sustained, Single, Low };
    ReadingBand bandOf(double celsius) const;

    bool operator==(const Protocol &) const = default;

    // Presets: us-idsa (default), us-cdc-38, esmo-2016, uk-nice, uk-37.5.
    static const QList<Protocol> &presets();
    static std::optional<Protocol> preset(const QString &id);
    static Protocol defaultProtocol();
    static QString defaultId() { return QStringLiteral("us-idsa"); }
    // The name to show: an unchanged preset's name in the current language, else the protocol's
    // own name, else its id.
    QString displayName() const;
    // The guideline a preset comes from; empty for a clinic's own protocol.
    static QString presetSource(const QString &id);

    // The protocol-file format of DESIGN.md. Unknown keys, wrong types, missing required keys and
    // implausible values are refused with the key named in the error's field.
    static Expected<Protocol> fromJson(const QJsonObject &object);
    static Expected<Protocol> fromJsonBytes(const QByteArray &json);
    // A clinic's protocol file, read as fromJsonBytes() reads its bytes (protocolfile.cpp). When the
    // file cannot be read, *readable is set to false and the error's message is the file system's.
    static Expected<Protocol> fromFile(const QString &path, bool *readable = nullptr);
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

} // namespace nc

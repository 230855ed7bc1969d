#pragma once

#include "storage/patienthistory.h"

#include <QObject>
#include <QUndoStack>
#include <functional>

namespace nc {

// What every screen shares: the open database, the patient being looked after, the undo stack
// and the clock. Ownership: MainWindow owns the Session; the Database outlives both (main()).
//
//   main() ── Database
//     └── MainWindow ── Session ── QUndoStack
//                  └── screens (hold Session&)
class Session : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Session(Database &db, QObject *parent = nullptr);

    Database &database() { return m_db; }
    QUndoStack *undoStack() { return &m_undo; }

    QDateTime now() const { return m_clock(); }
    // Tests freeze time here.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Read-only: the triage desk shows a patient's screens with no way to change their records
    // (the controls are absent, not disabled). Set before the screens are made.
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    qint64 patientId() const { return m_patientId; }
    // False when that person was already on screen: then nothing changed and nothing was emitted.
    bool setPatient(qint64 patientId);
    QList<Patient> patients() const;
    // The name of the person being looked after, for dialogs that must say whose data they touch.
    QString patientName() const;
    PatientSettings settings() const;
    std::optional<QString> saveSettings(const PatientSettings &settings);

    Assessment assess() const { return assessAt(now()); }
    Assessment assessAt(const QDateTime &at) const;
    // Stores the alert episode the current assessment begins, if any (storage/alertepisodes.h):
    // called after every change and by the reminder clock, so an alert nobody answers is kept.
    void recordAlertEpisode();

    // After the database file was replaced (a restore): the undo history no longer applies, and
    // the patient is kept when the restored file has them, else the first one is taken.
    void reload();

    // A save, delete, undo or redo that the database refused: shown to the person (MainWindow).
    void reportSaveError(const QString &message) { Q_EMIT saveFailed(message); }

    // Screens call this after any change so every view refreshes once.
    void notifyChanged();

Q_SIGNALS:
    void patientChanged();
    void dataChanged();
    void saveFailed(const QString &message);

private:
    Database &m_db;
    QUndoStack m_undo;
    Clock m_clock;
    qint64 m_patientId = 0;
    bool m_readOnly = false;
};

} // namespace nc

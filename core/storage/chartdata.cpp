#include "chartdata.h"

#include "clinical/nadir.h"
#include "repositories.h"

#include <algorithm>

namespace nc::charts {

namespace {

QDateTime startOf(const QDate &date, const QDateTime &like)
{
    return date.startOfDay(Qt::OffsetFromUTC, like.offsetFromUtc());
}

template<class Record>
QList<Record> withOneBefore(const RecordRepository<Record> &repo, qint64 patientId, const TimeRange &range)
{
    QList<Record> records = repo.latestBefore(patientId, range.from, 1);
    records.append(repo.between(patientId, range.from, range.to.addMSecs(1)));
    return records;
}

template<class Record> std::optional<Record> oldest(const RecordRepository<Record> &repo, qint64 patientId)
{
    const int n = repo.count(patientId);
    if (n == 0)
        return std::nullopt;
    const auto page = repo.page(patientId, n - 1, 1);
    return page.isEmpty() ? std::nullopt : std::optional<Record>(page.first());
}

} // namespace

ChartData ChartData::load(Database &db, qint64 patientId, const TimeRange &range, const QDateTime &now)
{
    ChartData d;
    d.loaded = range;
    d.now = now;
    d.settings = PatientSettingsRepository(db).get(patientId);
    d.temperatures = withOneBefore(TemperatureRepository(db), patientId, range);
    d.counts = withOneBefore(BloodCountRepository(db), patientId, range);
    for (const auto &r : AntipyreticRepository(db).between(
             patientId, range.from.addSecs(-kMaskingHours * 3600), range.to.addMSecs(1)))
        d.antipyretics.append(r.dose);
    const Protocol &protocol = d.settings.protocol;
    d.treatments = TreatmentRepository(db).between(patientId,
        range.from.addDays(-std::max(protocol.treatmentWindowDays, protocol.nadirEndDay)),
        range.to.addDays(1));
    return d;
}

QString ChartRanges::name(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Week:
        return tr("Last 7 days");
    case RangePreset::Month:
        return tr("Last 30 days");
    case RangePreset::Cycle:
        return tr("This cycle");
    case RangePreset::All:
        return tr("Everything");
    case RangePreset::Custom:
        return tr("Choose dates");
    }
    return {};
}

TimeRange ChartRanges::range(RangePreset preset, Database &db, qint64 patientId, const QDateTime &now)
{
    const QDateTime endOfToday = startOf(now.date().addDays(1), now);
    switch (preset) {
    case RangePreset::Week:
        return { endOfToday.addDays(-7), endOfToday };
    case RangePreset::Custom:
    case RangePreset::Month:
        return { endOfToday.addDays(-30), endOfToday };
    case RangePreset::Cycle: {
        const Protocol protocol = PatientSettingsRepository(db).get(patientId).protocol;
        if (const auto chemo = TreatmentRepository(db).latestChemotherapy(patientId, now.date())) {
            const Treatment &t = chemo->treatment;
            const QDateTime windowEnd = startOf(t.date.addDays(nadir::endDay(t, protocol) + 2), now);
            return { startOf(t.date.addDays(-1), now), std::max(endOfToday, windowEnd) };
        }
        return { endOfToday.addDays(-30), endOfToday };
    }
    case RangePreset::All: {
        QDateTime first = endOfToday.addDays(-7);
        if (auto t = oldest(TemperatureRepository(db), patientId))
            first = std::min(first, t->reading.time);
        if (auto c = oldest(BloodCountRepository(db), patientId))
            first = std::min(first, c->count.time());
        if (auto d = oldest(TreatmentRepository(db), patientId))
            first = std::min(first, startOf(d->treatment.date, now));
        return { startOf(first.date(), now), endOfToday };
    }
    }
    return { endOfToday.addDays(-30), endOfToday };
}

} // namespace nc::charts

#include "csv.h"

#include "storage/recordtime.h"
#include "storage/textlimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <array>
#include <cmath>

namespace nc::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nc::csv", text);
}

enum Column {
    Kind,
    Time,
    Date,
    Value,
    Unit,
    Site,
    AntipyreticReported,
    Code,
    Anc,
    Wbc,
    NeutrophilsPct,
    SegsPct,
    BandsPct,
    EnteredUnit,
    Lab,
    Regimen,
    NadirStartDay,
    NadirEndDay,
    Name,
    Dose,
    Started,
    Stopped,
    LevelColumn,
    Reasons,
    ProtocolColumn,
    AcknowledgedAt,
    Outcome,
    Note,
    ColumnCount
};

constexpr const char *kColumnNames[ColumnCount] = {
    "kind",
    "time",
    "date",
    "value",
    "unit",
    "site",
    "antipyretic_reported",
    "code",
    "anc",
    "wbc",
    "neutrophils_pct",
    "segs_pct",
    "bands_pct",
    "entered_unit",
    "lab",
    "regimen",
    "nadir_start_day",
    "nadir_end_day",
    "name",
    "dose",
    "started",
    "stopped",
    "level",
    "reasons",
    "protocol",
    "acknowledged_at",
    "outcome",
    "note",
};

QString columnName(int column)
{
    return QString::fromLatin1(kColumnNames[column]);
}

// The columns each kind uses; any other non-empty cell in its row is refused, so a value in the
// wrong column is never silently dropped.
QList<Column> columnsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Temperature:
        return { Time, Value, Unit, Site, AntipyreticReported, Note };
    case RecordKind::BloodCount:
        return { Time, Unit, Anc, Wbc, NeutrophilsPct, SegsPct, BandsPct, EnteredUnit, Lab, Note };
    case RecordKind::Symptom:
        return { Time, Code, Note };
    case RecordKind::Treatment:
        return { Date, Code, Regimen, NadirStartDay, NadirEndDay, Note };
    case RecordKind::Medicine:
        return { Name, Dose, Started, Stopped, Note };
    case RecordKind::Antipyretic:
        return { Time, Code, Note };
    case RecordKind::Alert:
        return { Time, LevelColumn, Reasons, ProtocolColumn, AcknowledgedAt, Outcome, Note };
    }
    return {};
}

constexpr int kProgressEvery = 1024;
constexpr int kMaxErrors = 500; // enough to fix a file; a wholly wrong file need not list 100,000

bool needsEscape(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
        || first == QLatin1Char('\'');
}

// --- writing ------------------------------------------------------------------------------------

using Row = std::array<QString, ColumnCount>;

QString number(double value)
{
    // The shortest text that reads back as the same double: exact round trips without noise digits.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.toString(time.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

void appendRow(QByteArray &out, const Row &row)
{
    QString line;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c)
            line += QLatin1Char(',');
        line += formatCell(row[c]);
    }
    line += QLatin1String("\r\n");
    out += line.toUtf8();
}

Row rowOf(const TemperatureRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Temperature);
    row[Time] = timeText(r.reading.time);
    row[Value] = number(r.reading.temperature.enteredValue());
    row[Unit] = units::temperatureUnitCode(r.reading.temperature.enteredUnit());
    row[Site] = sites::code(r.reading.temperature.site());
    row[AntipyreticReported]
        = r.reading.antipyreticReported ? QStringLiteral("true") : QStringLiteral("false");
    row[Note] = r.note;
    return row;
}

Row rowOf(const BloodCountRecord &r)
{
    // Counts are written in cells/µL, the unit they are stored in, so they read back exactly;
    // the unit the person uses goes in entered_unit.
    Row row;
    row[Kind] = recordkinds::code(RecordKind::BloodCount);
    row[Time] = timeText(r.count.time());
    row[Unit] = units::countUnitCode(CountUnit::CellsPerMicrolitre);
    if (r.count.provenance() == AncProvenance::Measured) {
        row[Anc] = number(r.count.anc());
    } else {
        row[Wbc] = number(r.count.wbc());
        row[NeutrophilsPct] = number(r.count.differential().neutrophilsPct);
        row[SegsPct] = number(r.count.differential().segsPct);
        row[BandsPct] = number(r.count.differential().bandsPct);
    }
    row[EnteredUnit] = units::countUnitCode(r.enteredUnit);
    row[Lab] = r.lab;
    row[Note] = r.note;
    return row;
}

Row rowOf(const SymptomRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Symptom);
    row[Time] = timeText(r.entry.time);
    row[Code] = symptoms::code(r.entry.code);
    row[Note] = r.note;
    return row;
}

Row rowOf(const TreatmentRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Treatment);
    row[Date] = r.treatment.date.toString(Qt::ISODate);
    row[Code] = treatments::code(r.treatment.kind);
    row[Regimen] = r.regimen;
    if (r.treatment.nadirStartDay)
        row[NadirStartDay] = QString::number(*r.treatment.nadirStartDay);
    if (r.treatment.nadirEndDay)
        row[NadirEndDay] = QString::number(*r.treatment.nadirEndDay);
    row[Note] = r.note;
    return row;
}

Row rowOf(const MedicineRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Medicine);
    row[Name] = r.name;
    row[Dose] = r.dose;
    row[Started] = dateText(r.started);
    row[Stopped] = dateText(r.stopped);
    row[Note] = r.note;
    return row;
}

Row rowOf(const AntipyreticRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Antipyretic);
    row[Time] = timeText(r.dose.time);
    row[Code] = antipyretics::code(r.dose.drug);
    row[Note] = r.note;
    return row;
}

Row rowOf(const AlertRecord &r)
{
    Row row;
    row[Kind] = recordkinds::code(RecordKind::Alert);
    row[Time] = timeText(r.raisedAt);
    row[LevelColumn] = levels::code(r.level);
    row[Reasons] = r.reasonCodes.join(QLatin1Char(' '));
    row[ProtocolColumn] = r.protocolId;
    if (r.acknowledgedAt)
        row[AcknowledgedAt] = timeText(*r.acknowledgedAt);
    if (r.outcome)
        row[Outcome] = alertOutcomeCode(*r.outcome);
    row[Note] = r.note;
    return row;
}

// --- reading ------------------------------------------------------------------------------------

struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

struct Tokenized
{
    QList<CsvRecord> records;
    std::optional<ImportError> error;
    int errorCell = -1; // index of the cell the error is in, named from the header when known
};

QString lineText(int line)
{
    return tr("line %1").arg(line);
}

// RFC 4180: cells separated by commas, optionally quoted with "" for a quote inside; records end
// with CRLF (LF or a lone CR are accepted too); quoted cells may span lines. Lines are counted
// as a text editor shows them, so an error points at the line the record starts on.
Tokenized tokenize(const QString &text)
{
    Tokenized result;
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    qsizetype i = 0;
    int line = 1;
    auto fail = [&](int at, int cell, const QString &reason) {
        result.error = ImportError { lineText(at), QString(), reason };
        result.errorCell = cell;
    };
    while (i < n) {
        CsvRecord record { line, {} };
        for (;;) {
            QString cell;
            if (s[i] == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= n) {
                        fail(record.line, int(record.cells.size()), tr("a quoted cell is never closed"));
                        return result;
                    }
                    const QChar c = s[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                            cell += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == QLatin1Char('\n')
                        || (c == QLatin1Char('\r') && !(i + 1 < n && s[i + 1] == QLatin1Char('\n'))))
                        ++line;
                    cell += c;
                    ++i;
                }
                if (i < n && s[i] != QLatin1Char(',') && s[i] != QLatin1Char('\r')
                    && s[i] != QLatin1Char('\n')) {
                    fail(line, int(record.cells.size()),
                        tr("text follows the closing quote; write a quote inside a quoted cell as two "
                           "quotes"));
                    return result;
                }
            } else {
                const qsizetype start = i;
                while (i < n && s[i] != QLatin1Char(',') && s[i] != QLatin1Char('\r')
                    && s[i] != QLatin1Char('\n')) {
                    if (s[i] == QLatin1Char('"')) {
                        fail(line, int(record.cells.size()),
                            tr("a quote inside a cell that does not start with one; quote the whole cell"));
                        return result;
                    }
                    ++i;
                }
                cell = QString(s + start, i - start);
            }
            record.cells << cell;
            if (i < n && s[i] == QLatin1Char(',')) {
                ++i;
                if (i == n) {
                    record.cells << QString();
                    break;
                }
                continue;
            }
            if (i < n && s[i] == QLatin1Char('\r')) {
                ++i;
                if (i < n && s[i] == QLatin1Char('\n'))
                    ++i;
                ++line;
            } else if (i < n && s[i] == QLatin1Char('\n')) {
                ++i;
                ++line;
            }
            break;
        }
        // A blank line is no record.
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
            result.records.append(std::move(record));
    }
    return result;
}

std::optional<ImportError> decode(const QByteArray &data, QString *text)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (!decoder.hasError())
        return std::nullopt;
    // Find the first line that is not UTF-8, to say where.
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = lineDecoder.decode(bytes.sliced(start, end - start));
        if (lineDecoder.hasError())
            break;
        ++line;
        start = end + 1;
    }
    return ImportError { lineText(line), QString(),
        tr("the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again") };
}

class RowReader
{
    // Its messages are found under the context lupdate files them in (the class's own); the
    // namespace's tr() above would look under "nc::csv" and show them in English.
    Q_DECLARE_TR_FUNCTIONS(nc::csv::RowReader)

public:
    RowReader(const CsvRecord &record, const std::array<int, ColumnCount> &index, QList<ImportError> &errors,
        const QDateTime &now)
        : m_record(record)
        , m_index(index)
        , m_errors(errors)
        , m_now(now)
    { }

    bool failed() const { return m_failed; }

    void fail(Column column, const QString &reason)
    {
        m_failed = true;
        m_errors.append({ lineText(m_record.line), columnName(column), reason });
    }

    QString text(Column column) const
    {
        const int i = m_index[column];
        return i < 0 ? QString() : unescapeCell(m_record.cells.at(i));
    }

    bool has(Column column) const { return !text(column).isEmpty(); }

    // Text a person wrote, refused with the reason when it breaks the text rule (DESIGN.md "Data
    // safety": too long, or a control character such as a NUL byte), never cut short.
    QString typed(Column column, text::Kind kind)
    {
        const QString value = text(column);
        if (const auto reason = text::problem(value, kind))
            fail(column, *reason);
        return value;
    }

    // Refuses any non-empty cell in a column this kind does not use.
    void onlyColumns(RecordKind kind)
    {
        const QList<Column> allowed = columnsOf(kind);
        for (int c = Kind + 1; c < ColumnCount; ++c) {
            if (!allowed.contains(Column(c)) && has(Column(c)))
                fail(Column(c), tr("is not used in %1 rows; leave it empty").arg(recordkinds::code(kind)));
        }
    }

    bool required(Column column)
    {
        if (has(column))
            return true;
        fail(column, tr("is required"));
        return false;
    }

    std::optional<QDateTime> time(Column column, bool isRequired = true)
    {
        if (!has(column)) {
            if (isRequired)
                fail(column, tr("is required"));
            return std::nullopt;
        }
        const QString t = text(column);
        const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
        // Only a time with an explicit offset (or Z) says when it was.
        const bool hasOffset = t.endsWith(QLatin1Char('Z'))
            || (t.size() > 6 && (t[t.size() - 6] == QLatin1Char('+') || t[t.size() - 6] == QLatin1Char('-')));
        if (!parsed.isValid() || !hasOffset || !t.contains(QLatin1Char('T'))) {
            fail(column, tr("is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00"));
            return std::nullopt;
        }
        return parsed;
    }

    // The required time of something that has happened: refused when in the future
    // (storage/recordtime.h).
    std::optional<QDateTime> happenedAt(Column column)
    {
        const auto parsed = time(column);
        if (parsed) {
            if (const auto reason = records::futureProblem(*parsed, m_now)) {
                fail(column, *reason);
                return std::nullopt;
            }
        }
        return parsed;
    }

    // The same for a required date (a treatment given).
    std::optional<QDate> happenedOn(Column column)
    {
        const auto parsed = date(column, true);
        if (parsed) {
            if (const auto reason = records::futureProblem(*parsed, m_now)) {
                fail(column, *reason);
                return std::nullopt;
            }
        }
        return parsed;
    }

    std::optional<QDate> date(Column column, bool isRequired)
    {
        if (!has(column)) {
            if (isRequired)
                fail(column, tr("is required"));
            return std::nullopt;
        }
        const QString t = text(column);
        const QDate parsed = QDate::fromString(t, Qt::ISODate);
        if (!parsed.isValid() || t.size() != 10) {
            fail(column, tr("is not a date like 2026-03-10"));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<double> number(Column column, bool isRequired)
    {
        if (!has(column)) {
            if (isRequired)
                fail(column, tr("is required"));
            return std::nullopt;
        }
        bool ok = false;
        const double value = QLocale::c().toDouble(text(column), &ok);
        if (!ok || !std::isfinite(value)) {
            fail(column, tr("\"%1\" is not a number (use a dot for decimals)").arg(text(column).left(40)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(Column column)
    {
        if (!has(column))
            return std::nullopt;
        bool ok = false;
        const int value = QLocale::c().toInt(text(column), &ok);
        if (!ok || value < 0) {
            fail(column, tr("\"%1\" is not a whole number of days").arg(text(column).left(40)));
            return std::nullopt;
        }
        return value;
    }

    template<class T>
    std::optional<T> coded(
        Column column, std::optional<T> (*fromCode)(const QString &), bool isRequired = true)
    {
        if (!has(column)) {
            if (isRequired)
                failRequired(column);
            return std::nullopt;
        }
        const auto value = fromCode(text(column));
        if (!value)
            failUnknownCode(column);
        return value;
    }

    // Outside the template: lupdate files a template's tr() under a context of its own
    // ("RowReader::T") that no class has at run time.
    void failRequired(Column column) { fail(column, tr("is required")); }
    void failUnknownCode(Column column)
    {
        fail(column, tr("\"%1\" is not a known code (see docs/csv-format.md)").arg(text(column).left(40)));
    }

    void refused(const InputError &error, Column fallback)
    {
        int column = fallback;
        for (int c = 0; c < ColumnCount; ++c) {
            if (error.field == columnName(c))
                column = c;
        }
        fail(Column(column), error.message);
    }

    int line() const { return m_record.line; }

private:
    const CsvRecord &m_record;
    const std::array<int, ColumnCount> &m_index;
    QList<ImportError> &m_errors;
    const QDateTime m_now;
    bool m_failed = false;
};

void readTemperature(RowReader &row, RecordSet &out)
{
    const auto time = row.happenedAt(Time);
    const auto value = row.number(Value, true);
    const auto unit = row.coded(Unit, &units::temperatureUnitFromCode);
    const auto site = row.has(Site) ? row.coded(Site, &sites::fromCode) : MeasurementSite::Oral;
    bool antipyretic = false;
    if (row.has(AntipyreticReported)) {
        const QString flag = row.text(AntipyreticReported);
        if (flag == QLatin1String("true"))
            antipyretic = true;
        else if (flag != QLatin1String("false"))
            row.fail(AntipyreticReported, tr("must be true or false"));
    }
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed() || !site)
        return;
    const auto temperature = Temperature::fromInput(*value, *unit, *site);
    if (!temperature) {
        row.refused(temperature.error(), Value);
        return;
    }
    TemperatureRecord r;
    r.reading = { *time, *temperature, antipyretic };
    r.note = note;
    out.temperatures.append(r);
}

void readBloodCount(RowReader &row, RecordSet &out)
{
    const auto time = row.happenedAt(Time);
    const auto unit = row.coded(Unit, &units::countUnitFromCode);
    const auto entered = row.has(EnteredUnit) ? row.coded(EnteredUnit, &units::countUnitFromCode) : unit;
    const auto anc = row.number(Anc, false);
    const auto wbc = row.number(Wbc, false);
    const Differential differential { row.number(NeutrophilsPct, false), row.number(SegsPct, false),
        row.number(BandsPct, false) };
    const QString lab = row.typed(Lab, text::Kind::Short);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed() || !entered)
        return;
    const bool hasDifferential = differential.neutrophilsPct || differential.segsPct || differential.bandsPct;
    if (anc && (wbc || hasDifferential)) {
        row.fail(Anc, tr("give either the anc, or the wbc with its differential, not both"));
        return;
    }
    if (!anc && !wbc) {
        row.fail(
            hasDifferential ? Wbc : Anc, tr("a blood count needs the anc, or the wbc with its differential"));
        return;
    }
    const auto count = anc ? BloodCount::measured(*time, *anc, *unit)
                           : BloodCount::derived(*time, *wbc, *unit, differential);
    if (!count) {
        row.refused(count.error(), anc ? Anc : NeutrophilsPct);
        return;
    }
    BloodCountRecord r;
    r.count = *count;
    r.enteredUnit = *entered;
    r.lab = lab;
    r.note = note;
    out.bloodCounts.append(r);
}

void readSymptom(RowReader &row, RecordSet &out)
{
    const auto time = row.happenedAt(Time);
    const auto code = row.coded(Code, &symptoms::fromCode);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed())
        return;
    out.symptoms.append({ 0, 0, { *time, *code }, note });
}

void readTreatment(RowReader &row, RecordSet &out)
{
    const auto date = row.happenedOn(Date);
    const auto kind = row.coded(Code, &treatments::fromCode);
    const auto start = row.integer(NadirStartDay);
    const auto end = row.integer(NadirEndDay);
    const QString regimen = row.typed(Regimen, text::Kind::Short);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed())
        return;
    if (start.has_value() != end.has_value()) {
        row.fail(start ? NadirEndDay : NadirStartDay, tr("give both nadir days, or neither"));
        return;
    }
    if (start && *end < *start) {
        row.fail(NadirEndDay, tr("the last low-count day cannot be before the first"));
        return;
    }
    TreatmentRecord r;
    r.treatment = { *date, *kind, start, end };
    r.regimen = regimen;
    r.note = note;
    out.treatments.append(r);
}

void readMedicine(RowReader &row, RecordSet &out)
{
    if (!row.required(Name))
        return;
    if (row.text(Name).trimmed().isEmpty()) {
        row.fail(Name, tr("is required"));
        return;
    }
    const QString name = row.typed(Name, text::Kind::Short);
    const QString dose = row.typed(Dose, text::Kind::Short);
    const QString note = row.typed(Note, text::Kind::Note);
    const auto started = row.date(Started, false);
    const auto stopped = row.date(Stopped, false);
    if (row.failed())
        return;
    out.medicines.append({ 0, 0, name, dose, started, stopped, note });
}

void readAntipyretic(RowReader &row, RecordSet &out)
{
    const auto time = row.happenedAt(Time);
    const auto drug = row.coded(Code, &antipyretics::fromCode);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed())
        return;
    out.antipyretics.append({ 0, 0, { *time, *drug }, note });
}

void readAlert(RowReader &row, RecordSet &out)
{
    static const QRegularExpression reasonCode(QStringLiteral("^[a-z0-9_]+$"));
    const auto time = row.time(Time);
    const auto level = row.coded(LevelColumn, &levels::fromCode);
    const auto acknowledged = row.time(AcknowledgedAt, false);
    const auto outcome = row.coded(Outcome, &alertOutcomeFromCode, false);
    const QString protocol = row.typed(ProtocolColumn, text::Kind::Short);
    const QString note = row.typed(Note, text::Kind::Note);
    const QStringList reasons = row.text(Reasons).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Codes the app wrote, bounded like a note so that a file cannot make the list endless.
    const auto tooLong = text::problem(row.text(Reasons), text::Kind::Note);
    if (tooLong)
        row.fail(Reasons, *tooLong);
    for (const auto &reason : tooLong ? QStringList() : reasons) {
        if (!reasonCode.match(reason).hasMatch()) {
            row.fail(
                Reasons, tr("\"%1\" is not a reason code; separate codes with spaces").arg(reason.left(40)));
            break;
        }
    }
    if (row.failed())
        return;
    AlertRecord r;
    r.raisedAt = *time;
    r.level = *level;
    r.reasonCodes = reasons;
    r.protocolId = protocol;
    r.acknowledgedAt = acknowledged;
    r.outcome = outcome;
    r.note = note;
    out.alerts.append(r);
}

} // namespace

const QStringList &columns()
{
    static const QStringList list = [] {
        QStringList names;
        for (int c = 0; c < ColumnCount; ++c)
            names << columnName(c);
        return names;
    }();
    return list;
}

QString escapeCell(const QString &cell)
{
    return !cell.isEmpty() && needsEscape(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QString unescapeCell(const QString &cell)
{
    return cell.size() >= 2 && cell.front() == QLatin1Char('\'') && needsEscape(cell.at(1)) ? cell.mid(1)
                                                                                            : cell;
}

QString formatCell(const QString &text)
{
    QString cell = escapeCell(text);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\r'))
        || cell.contains(QLatin1Char('\n'))) {
        cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

std::optional<QByteArray> write(const RecordSet &records, const Progress &progress)
{
    QByteArray out;
    out.reserve(records.size() * 96 + 512);
    // A byte-order mark tells spreadsheet programs the file is UTF-8 (accents, arrows, µ).
    out += "\xEF\xBB\xBF";
    Row header;
    for (int c = 0; c < ColumnCount; ++c)
        header[c] = columnName(c);
    appendRow(out, header);

    const qint64 total = records.size();
    qint64 done = 0;
    bool cancelled = false;
    auto emitRows = [&](const auto &list) {
        for (const auto &record : list) {
            if (cancelled)
                return;
            appendRow(out, rowOf(record));
            if (++done % kProgressEvery == 0 && progress && !progress(done, total))
                cancelled = true;
        }
    };
    emitRows(records.temperatures);
    emitRows(records.bloodCounts);
    emitRows(records.symptoms);
    emitRows(records.treatments);
    emitRows(records.medicines);
    emitRows(records.antipyretics);
    emitRows(records.alerts);
    if (cancelled || (progress && !progress(total, total)))
        return std::nullopt;
    return out;
}

ParsedImport read(const QByteArray &data, const Progress &progress, const QDateTime &now)
{
    ParsedImport result;
    QString text;
    if (auto error = decode(data, &text)) {
        result.errors.append(*error);
        return result;
    }
    Tokenized tokens = tokenize(text);
    text.clear();
    if (tokens.records.isEmpty() && !tokens.error) {
        result.errors.append({ lineText(1), QString(), tr("the file is empty; it needs the header row") });
        return result;
    }

    std::array<int, ColumnCount> index;
    index.fill(-1);
    const QStringList header = tokens.records.isEmpty() ? QStringList() : tokens.records.first().cells;
    const int headerLine = tokens.records.isEmpty() ? 1 : tokens.records.first().line;
    if (tokens.error) {
        ImportError error = *tokens.error;
        if (tokens.errorCell >= 0 && tokens.errorCell < header.size()
            && error.location != lineText(headerLine))
            error.field = header.at(tokens.errorCell);
        result.errors.append(error);
        return result;
    }
    for (int i = 0; i < header.size(); ++i) {
        const int column = int(columns().indexOf(header.at(i)));
        if (column < 0) {
            result.errors.append({ lineText(headerLine), header.at(i).left(40),
                tr("unknown column; the columns are listed in docs/csv-format.md") });
        } else if (index[column] >= 0) {
            result.errors.append({ lineText(headerLine), header.at(i), tr("the column appears twice") });
        } else {
            index[column] = i;
        }
    }
    if (index[Kind] < 0)
        result.errors.append({ lineText(headerLine), columnName(Kind), tr("the header has no kind column") });
    if (!result.errors.isEmpty())
        return result;

    const qint64 total = tokens.records.size() - 1;
    for (qsizetype r = 1; r < tokens.records.size(); ++r) {
        const CsvRecord &record = tokens.records.at(r);
        if (r % kProgressEvery == 0 && progress && !progress(r, total)) {
            result.cancelled = true;
            return result;
        }
        if (result.errors.size() >= kMaxErrors)
            break;
        if (record.cells.size() != header.size()) {
            result.errors.append({ lineText(record.line), QString(),
                tr("has %1 cells but the header has %2").arg(record.cells.size()).arg(header.size()) });
            continue;
        }
        RowReader row(record, index, result.errors, now);
        const auto kind = row.coded(Kind, &recordkinds::fromCode);
        if (!kind)
            continue;
        row.onlyColumns(*kind);
        if (row.failed())
            continue;
        switch (*kind) {
        case RecordKind::Temperature:
            readTemperature(row, result.records);
            break;
        case RecordKind::BloodCount:
            readBloodCount(row, result.records);
            break;
        case RecordKind::Symptom:
            readSymptom(row, result.records);
            break;
        case RecordKind::Treatment:
            readTreatment(row, result.records);
            break;
        case RecordKind::Medicine:
            readMedicine(row, result.records);
            break;
        case RecordKind::Antipyretic:
            readAntipyretic(row, result.records);
            break;
        case RecordKind::Alert:
            readAlert(row, result.records);
            break;
        }
    }
    if (progress && !progress(total, total))
        result.cancelled = true;
    return result;
}

} // namespace nc::csv

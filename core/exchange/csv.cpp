#include "csv.h"

#include "storage/recordtime.h"
#include "storage/textlimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
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

static_assert(ColumnCount <= 32, "a ColumnSet keeps the columns in 32 bits");

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

// A set of columns, one bit each.
using ColumnSet = quint32;

// columnsOf() as a set per kind, made once: checked on every row.
ColumnSet columnsUsedBy(RecordKind kind)
{
    static const auto sets = [] {
        std::array<ColumnSet, 8> m {};
        for (auto k : recordkinds::all()) {
            for (Column c : columnsOf(k))
                m[std::size_t(k)] |= 1U << c;
        }
        return m;
    }();
    return sets[std::size_t(kind)];
}

constexpr int kProgressEvery = 1024;

bool needsEscape(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
        || first == QLatin1Char('\'');
}

// A cell that escapeCell() wrote with a leading apostrophe.
bool isEscaped(QStringView cell)
{
    return cell.size() >= 2 && cell.front() == QLatin1Char('\'') && needsEscape(cell.at(1));
}

// unescapeCell() without a copy.
QStringView unescapedView(const QString &cell)
{
    return isEscaped(cell) ? QStringView(cell).mid(1) : QStringView(cell);
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

// One record's cells. Their strings outlive the record and are written over by the next one: a file
// of 100,000 rows would otherwise allocate and free a string for every cell.
class CsvRecord
{
public:
    int line = 0;

    qsizetype size() const { return m_size; }
    const QString &at(qsizetype i) const { return m_cells.at(i); }
    void clear() { m_size = 0; }
    // The next cell, to be written over.
    QString &append()
    {
        if (m_size == m_cells.size())
            m_cells.append(QString());
        return m_cells[m_size++];
    }

private:
    QStringList m_cells;
    qsizetype m_size = 0;
};

QString lineText(int line)
{
    return tr("line %1").arg(line);
}

// Splits a UTF-8 byte stream into CSV records a chunk at a time, so that a file is never held whole
// (nor as UTF-16 text, twice its size): only the cells of one record are decoded at a time.
// RFC 4180: cells separated by commas, optionally quoted with "" for a quote inside; records end
// with CRLF (LF or a lone CR are accepted too); quoted cells may span lines. Lines are counted as a
// text editor shows them, so an error points at the line the record starts on.
class RecordStream
{
    // Its messages are found under the context lupdate files them in (the class's own).
    Q_DECLARE_TR_FUNCTIONS(nc::csv::RecordStream)

public:
    explicit RecordStream(QIODevice &in)
        : m_in(in)
    { }

    // The next record that is not a blank line; false at the end of the file or on an error.
    bool next(CsvRecord &record)
    {
        for (;;) {
            if (m_pos == m_buffer.size() && !refill())
                return false;
            switch (scan(record)) {
            case Scan::Done:
                // A blank line is no record.
                if (!(record.size() == 1 && record.at(0).isEmpty()))
                    return true;
                continue;
            case Scan::Failed:
                return false;
            case Scan::NeedMore:
                if (!refill())
                    return false; // cannot happen: scan() finishes every record at the end
                continue;
            }
        }
    }

    const std::optional<ImportError> &error() const { return m_error; }
    int errorCell() const { return m_errorCell; } // the cell the error is in, when known
    qint64 bytesRead() const { return m_consumed + m_pos; }

private:
    enum class Scan { Done, NeedMore, Failed };
    static constexpr qsizetype kChunk = 1 << 20;

    // Appends the next chunk, keeping the unread part; false when nothing more comes.
    bool refill()
    {
        if (m_atEnd)
            return false;
        m_buffer.remove(0, m_pos);
        m_consumed += m_pos;
        m_pos = 0;
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + kChunk);
        const qint64 got = m_in.read(m_buffer.data() + kept, kChunk);
        m_buffer.resize(kept + std::max<qint64>(got, 0));
        if (got <= 0)
            m_atEnd = true;
        if (!m_bomChecked && (m_buffer.size() >= 3 || m_atEnd)) {
            m_bomChecked = true;
            if (m_buffer.startsWith("\xEF\xBB\xBF")) {
                m_pos = 3;
            }
        }
        return got > 0 || m_pos < m_buffer.size();
    }

    // One record from m_pos. Only a finished record moves m_pos and m_line on; when the chunk ends
    // inside one, the caller reads more and it is scanned again from its start.
    Scan scan(CsvRecord &record)
    {
        const char *s = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        const bool last = m_atEnd;
        qsizetype i = m_pos;
        int line = m_line;
        record.line = line;
        record.clear();
        auto fail = [&](int at, const QString &reason) {
            m_error = ImportError { lineText(at), QString(), reason };
            m_errorCell = int(record.size());
            return Scan::Failed;
        };
        if (!m_bomChecked)
            return Scan::NeedMore;
        for (;;) {
            if (s[i] == '"') {
                ++i;
                m_scratch.clear();
                for (;;) {
                    if (i >= n)
                        return last ? fail(record.line, tr("a quoted cell is never closed")) : Scan::NeedMore;
                    const char c = s[i];
                    if (c == '"') {
                        if (i + 1 >= n && !last)
                            return Scan::NeedMore;
                        if (i + 1 < n && s[i + 1] == '"') {
                            m_scratch += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\r' && i + 1 >= n && !last)
                        return Scan::NeedMore;
                    if (c == '\n' || (c == '\r' && !(i + 1 < n && s[i + 1] == '\n')))
                        ++line;
                    m_scratch += c;
                    ++i;
                }
                if (i >= n && !last)
                    return Scan::NeedMore;
                if (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n')
                    return fail(line,
                        tr("text follows the closing quote; write a quote inside a quoted cell as two "
                           "quotes"));
                if (!appendCell(record, m_scratch))
                    return Scan::Failed;
            } else {
                const qsizetype start = i;
                while (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
                    if (s[i] == '"')
                        return fail(line,
                            tr("a quote inside a cell that does not start with one; quote the whole cell"));
                    ++i;
                }
                if (i >= n && !last)
                    return Scan::NeedMore;
                if (!appendCell(record, QByteArrayView(s + start, i - start)))
                    return Scan::Failed;
            }
            if (i < n && s[i] == ',') {
                ++i;
                if (i == n) {
                    if (!last)
                        return Scan::NeedMore;
                    record.append().resize(0);
                    break;
                }
                continue;
            }
            if (i < n && s[i] == '\r') {
                if (i + 1 >= n && !last)
                    return Scan::NeedMore;
                ++i;
                if (i < n && s[i] == '\n')
                    ++i;
                ++line;
            } else if (i < n && s[i] == '\n') {
                ++i;
                ++line;
            }
            break;
        }
        m_pos = i;
        m_line = line;
        return Scan::Done;
    }

    bool appendCell(CsvRecord &record, QByteArrayView bytes)
    {
        // Decoded into the cell's string of the record before: no allocation while it is big enough.
        // Most cells are ASCII (codes, times, numbers), widened directly; the UTF-8 decoder costs
        // more than the rest of reading a short cell.
        QString &cell = record.append();
        const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
        if (ascii) {
            cell.resize(bytes.size());
            std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char16_t *>(cell.data()));
            return true;
        }
        cell.resize(m_decoder.requiredSpace(bytes.size()));
        const QChar *end = m_decoder.appendToBuffer(cell.data(), bytes);
        cell.truncate(end - cell.constData());
        if (m_decoder.hasError()) {
            m_error = ImportError { lineText(firstLineNotUtf8(record.line)), QString(),
                tr("the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again") };
            return false;
        }
        return true;
    }

    // The line of the record starting at m_pos (on `line`) that is not UTF-8, to say where.
    int firstLineNotUtf8(int line) const
    {
        const QByteArrayView bytes(m_buffer);
        qsizetype start = m_pos;
        while (start < bytes.size()) {
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
        return line;
    }

    QIODevice &m_in;
    QByteArray m_buffer;
    QByteArray m_scratch; // a quoted cell without its quotes
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    bool m_atEnd = false;
    bool m_bomChecked = false;
    QStringDecoder m_decoder { QStringDecoder::Utf8, QStringDecoder::Flag::Stateless };
    std::optional<ImportError> m_error;
    int m_errorCell = -1;
};

// The form the app writes, YYYY-MM-DDTHH:MM:SS[.mmm] then Z or ±HH:MM, read digit by digit:
// QDateTime::fromString() took a fifth of the time of reading a file (docs/performance.md). Anything
// else goes the general way, which decides; this only ever agrees with it.
std::optional<QDateTime> commonIsoTime(QStringView t)
{
    const qsizetype n = t.size();
    if (n != 20 && n != 24 && n != 25 && n != 29)
        return std::nullopt;
    auto digits = [&](qsizetype at, int count, int *value) {
        int v = 0;
        for (int k = 0; k < count; ++k) {
            const char16_t c = t[at + k].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (!digits(0, 4, &year) || t[4] != u'-' || !digits(5, 2, &month) || t[7] != u'-' || !digits(8, 2, &day)
        || t[10] != u'T' || !digits(11, 2, &hour) || t[13] != u':' || !digits(14, 2, &minute) || t[16] != u':'
        || !digits(17, 2, &second))
        return std::nullopt;
    qsizetype i = 19;
    if (t[i] == u'.') {
        if (!digits(20, 3, &ms))
            return std::nullopt;
        i = 23;
    }
    Qt::TimeSpec spec = Qt::UTC;
    int offset = 0;
    if (n == i + 1 && t[i] == u'Z') {
        spec = Qt::UTC;
    } else if (n == i + 6 && (t[i] == u'+' || t[i] == u'-') && t[i + 3] == u':') {
        int hours = 0, minutes = 0;
        if (!digits(i + 1, 2, &hours) || !digits(i + 4, 2, &minutes) || hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 60 + minutes) * 60 * (t[i] == u'-' ? -1 : 1);
        spec = Qt::OffsetFromUTC;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // As QDateTime::fromString() makes it: an offset of zero becomes UTC.
    return QDateTime(date, time, spec, offset);
}

// A plain decimal, [-]digits[.digits], as exported files write numbers, read by std::from_chars:
// QLocale::toDouble() took a tenth of an import's time. Both round correctly, so they agree; anything
// else (an exponent, a plus sign, spaces) goes the general way, which decides.
std::optional<double> plainDecimal(QStringView t)
{
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    char bytes[40];
    bool dot = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c == u'.' && !dot && i > 0 && i + 1 < t.size() && t[i - 1] != u'-')
            dot = true;
        else if (!(c >= u'0' && c <= u'9') && !(c == u'-' && i == 0 && t.size() > 1))
            return std::nullopt;
        bytes[i] = char(c);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(bytes, bytes + t.size(), value);
    if (error != std::errc() || end != bytes + t.size())
        return std::nullopt;
    return value;
}

class RowReader
{
    // Its messages are found under the context lupdate files them in (the class's own); the
    // namespace's tr() above would look under "nc::csv" and show them in English.
    Q_DECLARE_TR_FUNCTIONS(nc::csv::RowReader)

public:
    RowReader(const CsvRecord &record, const std::array<int, ColumnCount> &index, ImportReport &report,
        const records::FutureRule &future)
        : m_record(record)
        , m_index(index)
        , m_report(report)
        , m_future(future)
    { }

    bool failed() const { return m_failed; }

    void fail(Column column, const QString &reason)
    {
        m_failed = true;
        m_report.addError({ lineText(m_record.line), columnName(column), reason });
    }

    QString text(Column column) const
    {
        const int i = m_index[column];
        return i < 0 ? QString() : unescapeCell(m_record.at(i));
    }

    // The same where it lies, to be read and not kept: no copy of the cell to count and free.
    QStringView view(Column column) const
    {
        const int i = m_index[column];
        return i < 0 ? QStringView() : unescapedView(m_record.at(i));
    }

    // Read in place: unescaping never empties a cell, and a copy of each of a row's cells, most of
    // them in columns its kind does not use, was 4 % of an import.
    bool has(Column column) const
    {
        const int i = m_index[column];
        return i >= 0 && !m_record.at(i).isEmpty();
    }

    // Text a person wrote, refused with the reason when it breaks the text rule (DESIGN.md "Data
    // safety": too long, or a control character such as a NUL byte), never cut short.
    QString typed(Column column, text::Kind kind)
    {
        const QString value = text(column);
        if (const auto reason = text::problem(value, kind))
            fail(column, *reason);
        return value;
    }

    // Refuses any non-empty cell in a column this kind does not use. Only the file's own columns
    // are looked at: none at all for a file of one kind's columns.
    void onlyColumns(RecordKind kind, ColumnSet fileColumns)
    {
        const ColumnSet afterKind = ~((2U << Kind) - 1);
        for (ColumnSet extra = fileColumns & afterKind & ~columnsUsedBy(kind); extra != 0;
             extra &= extra - 1) {
            const auto c = Column(std::countr_zero(extra));
            if (has(c))
                fail(c, tr("is not used in %1 rows; leave it empty").arg(recordkinds::code(kind)));
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
        if (auto common = commonIsoTime(view(column)))
            return common;
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
            if (const auto reason = m_future.problem(*parsed)) {
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
            if (const auto reason = m_future.problem(*parsed)) {
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
        const QStringView t = view(column);
        if (const auto plain = plainDecimal(t))
            return plain;
        bool ok = false;
        const double value = QLocale::c().toDouble(t, &ok);
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
    ImportReport &m_report;
    const records::FutureRule &m_future;
    bool m_failed = false;
};

void readTemperature(RowReader &row, RecordSink &out)
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
    out.add(std::move(r));
}

void readBloodCount(RowReader &row, RecordSink &out)
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
    out.add(std::move(r));
}

void readSymptom(RowReader &row, RecordSink &out)
{
    const auto time = row.happenedAt(Time);
    const auto code = row.coded(Code, &symptoms::fromCode);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed())
        return;
    out.add(SymptomRecord { 0, 0, { *time, *code }, note });
}

void readTreatment(RowReader &row, RecordSink &out)
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
    out.add(std::move(r));
}

void readMedicine(RowReader &row, RecordSink &out)
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
    out.add(MedicineRecord { 0, 0, name, dose, started, stopped, note });
}

void readAntipyretic(RowReader &row, RecordSink &out)
{
    const auto time = row.happenedAt(Time);
    const auto drug = row.coded(Code, &antipyretics::fromCode);
    const QString note = row.typed(Note, text::Kind::Note);
    if (row.failed())
        return;
    out.add(AntipyreticRecord { 0, 0, { *time, *drug }, note });
}

void readAlert(RowReader &row, RecordSink &out)
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
    out.add(std::move(r));
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
    return isEscaped(cell) ? cell.mid(1) : cell;
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

ImportReport read(QIODevice &in, RecordSink &sink, const Progress &progress, const QDateTime &now)
{
    ImportReport result;
    RecordStream stream(in);
    CsvRecord header;
    if (!stream.next(header)) {
        result.addError(stream.error().value_or(
            ImportError { lineText(1), QString(), tr("the file is empty; it needs the header row") }));
        return result;
    }
    std::array<int, ColumnCount> index;
    index.fill(-1);
    ColumnSet fileColumns = 0;
    for (int i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        const int column = int(columns().indexOf(name));
        if (column < 0) {
            result.addError({ lineText(header.line), name.left(40),
                tr("unknown column; the columns are listed in docs/csv-format.md") });
        } else if (index[column] >= 0) {
            result.addError({ lineText(header.line), name, tr("the column appears twice") });
        } else {
            index[column] = i;
            fileColumns |= 1U << column;
        }
    }
    if (index[Kind] < 0)
        result.addError({ lineText(header.line), columnName(Kind), tr("the header has no kind column") });
    if (!result.ok())
        return result;

    const records::FutureRule future(now);
    const qint64 total = in.isSequential() ? 0 : in.size();
    CsvRecord record;
    for (qint64 r = 1; stream.next(record); ++r) {
        if (r % kProgressEvery == 0 && progress && !progress(stream.bytesRead(), total)) {
            result.cancelled = true;
            return result;
        }
        if (record.size() != header.size()) {
            result.addError({ lineText(record.line), QString(),
                tr("has %1 cells but the header has %2").arg(record.size()).arg(header.size()) });
            continue;
        }
        RowReader row(record, index, result, future);
        const auto kind = row.coded(Kind, &recordkinds::fromCode);
        if (!kind)
            continue;
        row.onlyColumns(*kind, fileColumns);
        if (row.failed())
            continue;
        switch (*kind) {
        case RecordKind::Temperature:
            readTemperature(row, sink);
            break;
        case RecordKind::BloodCount:
            readBloodCount(row, sink);
            break;
        case RecordKind::Symptom:
            readSymptom(row, sink);
            break;
        case RecordKind::Treatment:
            readTreatment(row, sink);
            break;
        case RecordKind::Medicine:
            readMedicine(row, sink);
            break;
        case RecordKind::Antipyretic:
            readAntipyretic(row, sink);
            break;
        case RecordKind::Alert:
            readAlert(row, sink);
            break;
        }
    }
    if (auto error = stream.error()) {
        // Where the header names the cell, the error names its column.
        const int cell = stream.errorCell();
        if (cell >= 0 && cell < header.size())
            error->field = header.at(cell);
        result.addError(*error);
        return result;
    }
    if (progress && !progress(total, total))
        result.cancelled = true;
    return result;
}

ParsedImport read(const QByteArray &data, const Progress &progress, const QDateTime &now)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return ParsedImport::from([&](RecordSink &sink) { return read(buffer, sink, progress, now); });
}

} // namespace nc::csv

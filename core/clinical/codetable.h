#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <span>
#include <type_traits>
#include <variant>

namespace nc {

// One row of a code list: the value, its stable code (stored in databases, written to files and
// the CLI's JSON; never translated, never changed) and, for lists that are shown, the source text
// of its label, marked with QT_TRANSLATE_NOOP in the table's context. `info` carries what the
// list needs to know besides (a symptom's group, a finding's role); most lists carry nothing.
template<class Enum, class Info = std::monostate> struct CodeRow
{
    Enum value;
    const char *code;
    const char *label = nullptr;
    Info info = {};
};

// The one reader of a code list: every lookup goes through its rows, so a new code is one row.
// The rows live in a static array beside the list's functions; the table only points at them.
template<class Enum, class Info = std::monostate> class CodeTable
{
public:
    using Value = Enum;
    using Row = CodeRow<Enum, Info>;

    // `context` is the translation context the labels were marked in (QT_TRANSLATE_NOOP).
    template<std::size_t N>
    constexpr CodeTable(const char *context, const Row (&rows)[N])
        : m_context(context)
        , m_rows(rows)
    { }

    std::span<const Row> rows() const { return m_rows; }
    const char *context() const { return m_context; }

    // In row order.
    QList<Enum> values() const
    {
        QList<Enum> list;
        list.reserve(qsizetype(m_rows.size()));
        for (const Row &row : m_rows)
            list.append(row.value);
        return list;
    }

    // Empty for a value that has no row.
    QString code(Enum value) const
    {
        const Row *row = find(value);
        return row ? QString::fromLatin1(row->code) : QString();
    }

    // Exact match only: codes are compared as stored, so "Oral" or " oral" is unknown.
    std::optional<Enum> fromCode(QStringView code) const
    {
        for (const Row &row : m_rows) {
            if (code == QLatin1String(row.code))
                return row.value;
        }
        return std::nullopt;
    }

    // The label in the current language; empty for a value without a row or a label.
    QString label(Enum value) const
    {
        const Row *row = find(value);
        return row && row->label ? QCoreApplication::translate(m_context, row->label) : QString();
    }

    // A value without a row has the default Info.
    Info info(Enum value) const
    {
        const Row *row = find(value);
        return row ? row->info : Info {};
    }

private:
    const Row *find(Enum value) const
    {
        for (const Row &row : m_rows) {
            if (row.value == value)
                return &row;
        }
        return nullptr;
    }

    const char *m_context;
    std::span<const Row> m_rows;
};

// The functions every code list offers, written once. A list is a struct deriving from
// CodeList over its table (`struct sites : CodeList<kMeasurementSites> { … }`), so callers keep
// writing sites::code(), sites::fromCode(), sites::displayName() and sites::all(), and the list
// adds only what is its own.
template<const auto &Table> struct CodeList
{
    using Value = typename std::remove_cvref_t<decltype(Table)>::Value;

    static const auto &table() { return Table; }
    // In row order.
    static const QList<Value> &all()
    {
        static const QList<Value> values = Table.values();
        return values;
    }
    static QString code(Value value) { return Table.code(value); }
    static std::optional<Value> fromCode(const QString &code) { return Table.fromCode(code); }
    // Translated; empty for a list without labels.
    static QString displayName(Value value) { return Table.label(value); }
};

} // namespace nc

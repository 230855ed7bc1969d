#include "exchangecommands.h"

#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchange/importer.h"
#include "exchange/recordexport.h"

#include <QTextStream>

namespace nc::cli {

namespace {

// One line, whatever a file put into a message.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}

// The arguments both commands take, checked, and the profile they name.
struct Exchange
{
    OpenedPatient opened;
    ExchangeFormat format = ExchangeFormat::Csv;
    QString file; // "-" for stdin or stdout
};

std::optional<Exchange> parseExchange(CommandLine &line, const QStringList &args, const QString &stream)
{
    const QCommandLineOption format(
        QStringLiteral("format"), Words::tr("csv or fhir."), QStringLiteral("format"));
    line.addPatientOptions();
    line.addOption(format);
    line.addPositionalArgument(QStringLiteral("file"), Words::tr("The file, or - for %1.").arg(stream));
    if (!line.parse(args) || !line.require({ &line.database, &line.patient, &format }))
        return std::nullopt;
    const QString formatName = line.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("fhir")) {
        line.fail(kBadInput, Words::tr("--format: \"%1\" is not csv or fhir").arg(formatName));
        return std::nullopt;
    }
    if (!line.expectPositionals(1, Words::tr("give one FILE, or - for %1").arg(stream)))
        return std::nullopt;
    Exchange exchange;
    exchange.opened = line.openPatient();
    if (!exchange.opened)
        return std::nullopt;
    exchange.format = formatName == QLatin1String("csv") ? ExchangeFormat::Csv : ExchangeFormat::Fhir;
    exchange.file = line.positionalArguments().constFirst();
    return exchange;
}

} // namespace

int exportRecords(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("export"));
    auto exchange = parseExchange(line, args, QStringLiteral("stdout"));
    if (!exchange)
        return line.exitCode();
    Database &database = *exchange->opened.database;
    const qint64 patientId = exchange->opened.patient.id;
    if (exchange->file == QLatin1String("-")) {
        const QByteArray data = *nc::exportRecords(database, patientId, exchange->format);
        if (console.out().write(data) != data.size())
            return line.fail(kFailure, Words::tr("cannot write to stdout"));
        return kOk;
    }
    const ExportOutcome outcome = exportToFile(database, patientId, exchange->format, exchange->file);
    if (!outcome.ok())
        return line.fail(kFailure, QStringLiteral("%1: %2").arg(exchange->file, outcome.error));
    return kOk;
}

int importRecords(const Console &console, const QStringList &args)
{
    CommandLine line(console, QStringLiteral("import"));
    auto exchange = parseExchange(line, args, QStringLiteral("stdin"));
    if (!exchange)
        return line.exitCode();
    const bool fromStdin = exchange->file == QLatin1String("-");
    QFile file(exchange->file);
    QIODevice &in = fromStdin ? console.in() : file;
    if (fromStdin ? !in.isReadable() : !file.open(QIODevice::ReadOnly))
        return line.fail(kBadInput, QStringLiteral("%1: %2").arg(exchange->file, in.errorString()));
    // CSV streams from the file, a chunk at a time; FHIR groups lab results across the whole bundle,
    // so it reads it whole.
    const FileReader reader = [&](RecordSink &sink, const Progress &progress) {
        return exchange->format == ExchangeFormat::Csv ? csv::read(in, sink, progress)
                                                       : fhir::read(in.readAll(), sink, progress);
    };
    const ImportOutcome outcome = importFile(*exchange->opened.database, exchange->opened.patient.id, reader);
    const QString source = fromStdin ? QStringLiteral("stdin") : exchange->file;
    const ImportReport &parsed = outcome.file;
    if (parsed.errorCount > 0) {
        QString message = QStringLiteral("%1: %2").arg(source, parsed.errors.first().toString());
        if (parsed.errorCount > 1)
            message += Words::tr(" (and %1 more errors)").arg(parsed.errorCount - 1);
        return line.fail(kBadInput, oneLine(message + Words::tr("; nothing was imported")));
    }
    if (!outcome.ok())
        return line.fail(kFailure, oneLine(Words::tr("%1; nothing was imported").arg(outcome.error)));

    QTextStream out(&console.out());
    out << "stored: " << outcome.counts.addedTotal() << '\n';
    for (auto kind : recordkinds::all()) {
        if (outcome.counts.added.value(kind))
            out << "  " << recordkinds::code(kind) << ": " << outcome.counts.added.value(kind) << '\n';
    }
    out << "duplicates skipped: " << outcome.counts.duplicateTotal() << '\n';
    int skipped = 0;
    for (int n : parsed.skippedCodes)
        skipped += n;
    out << "codes skipped: " << skipped << '\n';
    for (auto it = parsed.skippedCodes.begin(); it != parsed.skippedCodes.end(); ++it)
        out << "  " << oneLine(it.key()) << ": " << it.value() << '\n';
    out << "entered-in-error or cancelled skipped: " << parsed.withdrawn << '\n';
    return kOk;
}

} // namespace nc::cli

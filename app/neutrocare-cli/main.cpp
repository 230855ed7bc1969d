// neutrocare-cli: the scriptable face of the core (DESIGN.md, "The CLI contract").
// Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.

#include "content/contentcatalogue.h"
#include "exchange/assessjson.h"
#include "exchange/csv.h"
#include "exchange/fhir.h"
#include "exchange/importer.h"
#include "language.h"
#include "print/handout.h"
#include "print/patientreport.h"
#include "print/printdocument.h"
#include "print/walletcard.h"
#include "print/whentocallsheet.h"
#include "storage/backupmanager.h"
#include "storage/repositories.h"
#include "storage/textlimits.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

int report(int code, const QString &message)
{
    QTextStream(stderr) << "neutrocare-cli: " << message << '\n';
    return code;
}

int assess()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return report(kFailure, QStringLiteral("cannot read stdin"));
    const QDateTime now = QDateTime::currentDateTime();
    const auto input = nc::assessjson::parse(in.readAll(), now.toOffsetFromUtc(now.offsetFromUtc()));
    if (!input)
        return report(
            kBadInput, QStringLiteral("stdin: %1: %2").arg(input.error().field, input.error().message));
    const nc::Assessment assessment = nc::assess(*input);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return kFailure;
    out.write(QJsonDocument(nc::assessjson::toJson(assessment, input->now)).toJson(QJsonDocument::Indented));
    return kOk;
}

int patients(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path"));
    const QCommandLineOption add(QStringLiteral("add"),
        QStringLiteral("Create a profile named <name>; prints its id."), QStringLiteral("name"));
    parser.addOption(db);
    parser.addOption(add);
    if (!parser.parse(args))
        return report(kBadInput, parser.errorText());
    if (!parser.isSet(db))
        return report(kBadInput, QStringLiteral("patients: --db: is required"));

    nc::Database database;
    if (!database.open(parser.value(db)))
        return report(kFailure, QStringLiteral("%1: %2").arg(parser.value(db), database.errorString()));
    QTextStream out(stdout);
    nc::PatientRepository repo(database);
    if (parser.isSet(add)) {
        const QString name = parser.value(add).trimmed();
        if (name.isEmpty())
            return report(kBadInput, QStringLiteral("patients: --add: the name is empty"));
        if (const auto error = nc::text::check(QStringLiteral("--add"), name, nc::text::Kind::Short))
            return report(kBadInput, QStringLiteral("patients: %1").arg(error->message));
        const auto id = repo.add({ 0, name, std::nullopt });
        if (!id)
            return report(kFailure, id.error().message);
        out << *id << '\n';
        return kOk;
    }
    for (const auto &p : repo.all())
        out << p.id << '\t' << p.name << '\n';
    return kOk;
}

// --- backup, restore, check: the safety of the data ----------------------------------------------

// Parses "--db PATH" plus the command's own options; on bad arguments sets *exitCode.
bool parseDatabaseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
    int positionals, int *exitCode)
{
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path"));
    parser.addHelpOption();
    parser.addOption(db);
    if (!parser.parse(QStringList { QStringLiteral("neutrocare-cli ") + command } + args)) {
        *exitCode = report(kBadInput, QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (!parser.isSet(db)) {
        *exitCode = report(kBadInput, QStringLiteral("%1: --db: is required").arg(command));
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = report(kBadInput,
            positionals ? QStringLiteral("%1: expects one backup FILE").arg(command)
                        : QStringLiteral("%1: takes no FILE argument").arg(command));
        return false;
    }
    return true;
}

int backup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write the backup to <file> instead of the backups folder."), QStringLiteral("file"));
    parser.addOption(output);
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("backup"), args, 0, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFile::exists(path))
        return report(kBadInput, QStringLiteral("%1: no such database").arg(path));
    if (parser.isSet(output) && QFile::exists(parser.value(output)))
        return report(kBadInput,
            QStringLiteral("%1: already exists; a backup never overwrites a file").arg(parser.value(output)));

    nc::Database database;
    if (!database.open(path))
        return report(kFailure, QStringLiteral("%1: %2").arg(path, database.errorString()));
    QString made;
    if (parser.isSet(output)) {
        QString error;
        made = parser.value(output);
        if (!database.backupTo(made, &error))
            return report(kFailure, QStringLiteral("%1: %2").arg(made, error));
    } else {
        const auto result = nc::BackupManager(path).backUp(database);
        if (!result)
            return report(kFailure, result.error().message);
        made = *result;
    }
    QTextStream(stdout) << QDir::toNativeSeparators(made) << '\n';
    return kOk;
}

int restore(const QStringList &args)
{
    QCommandLineParser parser;
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("restore"), args, 1, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    const QString backupFile = parser.positionalArguments().first();
    const nc::FileCheck verdict = nc::BackupManager::check(backupFile);
    if (!verdict.ok)
        return report(
            kBadInput, QStringLiteral("%1: %2 Nothing was changed.").arg(backupFile, verdict.problem));
    QString safety;
    if (const auto error = nc::BackupManager(path).restore(backupFile, nullptr, &safety))
        return report(kFailure, *error);
    QTextStream out(stdout);
    out << "restored " << QDir::toNativeSeparators(backupFile) << '\n';
    if (!safety.isEmpty())
        out << "the database it replaced was kept as " << QDir::toNativeSeparators(safety) << '\n';
    return kOk;
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    int code = kOk;
    if (!parseDatabaseCommand(parser, QStringLiteral("check"), args, 0, &code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFile::exists(path))
        return report(kBadInput, QStringLiteral("%1: no such database").arg(path));
    const nc::FileCheck verdict = nc::BackupManager::check(path);
    if (!verdict.ok)
        return report(kFailure, verdict.problem);
    QTextStream(stdout) << "ok\n";
    return kOk;
}

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

// import|export --db PATH --patient ID --format csv|fhir FILE ("-" = stdin/stdout).
int exchange(const QString &command, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("path"));
    const QCommandLineOption patient(
        QStringLiteral("patient"), QStringLiteral("The profile's id (see patients)."), QStringLiteral("id"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("csv or fhir."), QStringLiteral("format"));
    parser.addOptions({ db, patient, format });
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file, or - for stdin/stdout."));
    if (!parser.parse(args))
        return report(kBadInput, QStringLiteral("%1: %2").arg(command, parser.errorText()));
    for (const auto *option : { &db, &patient, &format }) {
        if (!parser.isSet(*option))
            return report(
                kBadInput, QStringLiteral("%1: --%2: is required").arg(command, option->names().first()));
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("fhir"))
        return report(
            kBadInput, QStringLiteral("%1: --format: \"%2\" is not csv or fhir").arg(command, formatName));
    const bool csv = formatName == QLatin1String("csv");
    if (parser.positionalArguments().size() != 1)
        return report(kBadInput,
            QStringLiteral("%1: give one FILE, or - for %2")
                .arg(command,
                    command == QLatin1String("import") ? QStringLiteral("stdin") : QStringLiteral("stdout")));
    const QString file = parser.positionalArguments().first();
    bool idOk = false;
    const qint64 patientId = parser.value(patient).toLongLong(&idOk);
    if (!idOk || patientId <= 0)
        return report(kBadInput,
            QStringLiteral("%1: --patient: \"%2\" is not a profile id").arg(command, parser.value(patient)));
    // Never create a database here: an export or import names one that exists.
    if (!QFileInfo::exists(parser.value(db)))
        return report(kBadInput, QStringLiteral("%1: --db: %2: no such file").arg(command, parser.value(db)));

    nc::Database database;
    if (!database.open(parser.value(db)))
        return report(kFailure, QStringLiteral("%1: %2").arg(parser.value(db), database.errorString()));
    if (!nc::PatientRepository(database).get(patientId))
        return report(kBadInput,
            QStringLiteral("%1: --patient: there is no profile with the id %2").arg(command).arg(patientId));

    if (command == QLatin1String("export")) {
        const nc::RecordSet records = nc::collectRecords(database, patientId);
        const QByteArray data = csv ? *nc::csv::write(records) : *nc::fhir::write(records);
        if (file == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
                return report(kFailure, QStringLiteral("export: cannot write to stdout"));
            return kOk;
        }
        // QSaveFile: the old file stays whole until the new one is complete on disk.
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return report(kFailure, QStringLiteral("export: %1: %2").arg(file, out.errorString()));
        return kOk;
    }

    QFile in;
    const bool opened = file == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                   : (in.setFileName(file), in.open(QIODevice::ReadOnly));
    if (!opened)
        return report(kBadInput, QStringLiteral("import: %1: %2").arg(file, in.errorString()));
    const QByteArray data = in.readAll();
    const nc::ParsedImport parsed = csv ? nc::csv::read(data) : nc::fhir::read(data);
    const QString source = file == QLatin1String("-") ? QStringLiteral("stdin") : file;
    if (!parsed.errors.isEmpty()) {
        QString line = QStringLiteral("import: %1: %2").arg(source, parsed.errors.first().toString());
        if (parsed.errors.size() > 1)
            line += QStringLiteral(" (and %1 more errors)").arg(parsed.errors.size() - 1);
        return report(kBadInput, oneLine(line + QStringLiteral("; nothing was imported")));
    }
    const nc::ImportOutcome outcome = nc::storeImport(database, patientId, parsed.records);
    if (!outcome.ok())
        return report(
            kFailure, oneLine(QStringLiteral("import: %1; nothing was imported").arg(outcome.error)));

    QTextStream out(stdout);
    out << "stored: " << outcome.counts.addedTotal() << '\n';
    for (auto kind : nc::recordkinds::all()) {
        if (outcome.counts.added.value(kind))
            out << "  " << nc::recordkinds::code(kind) << ": " << outcome.counts.added.value(kind) << '\n';
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

// --- Printing: sheet, card, report (DESIGN.md: they alone run on a QApplication) ---------------

bool isPrintCommand(const QString &command)
{
    return command == QLatin1String("sheet") || command == QLatin1String("card")
        || command == QLatin1String("report");
}

// The command is the first argument that is not an option: known before any application exists.
QString commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-')
            return QString::fromLocal8Bit(argv[i]);
    }
    return {};
}

struct PrintOptions
{
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The PDF to write."), QStringLiteral("file") };
    QCommandLineOption paper { QStringLiteral("paper"), QStringLiteral("a4 (default) or letter."),
        QStringLiteral("size"), QStringLiteral("a4") };
    QCommandLineOption db { QStringLiteral("db"), QStringLiteral("The database file."),
        QStringLiteral("path") };
    QCommandLineOption patient { QStringLiteral("patient"), QStringLiteral("The profile id (see patients)."),
        QStringLiteral("id") };

    void addTo(QCommandLineParser &parser, bool withDatabase) const
    {
        parser.addHelpOption();
        parser.addOption(output);
        parser.addOption(paper);
        if (withDatabase) {
            parser.addOption(db);
            parser.addOption(patient);
        }
    }
};

// The database and patient of a printing command; the error is already reported when absent.
struct OpenedPatient
{
    std::unique_ptr<nc::Database> database;
    nc::Patient patient;
    int error = kOk;
};

OpenedPatient openPatient(const QString &command, const QCommandLineParser &parser, const PrintOptions &o)
{
    OpenedPatient result;
    if (!parser.isSet(o.db)) {
        result.error = report(kBadInput, QStringLiteral("%1: --db: is required").arg(command));
        return result;
    }
    if (!parser.isSet(o.patient)) {
        result.error = report(kBadInput, QStringLiteral("%1: --patient: is required").arg(command));
        return result;
    }
    bool ok = false;
    const qint64 id = parser.value(o.patient).toLongLong(&ok);
    if (!ok || id <= 0) {
        result.error = report(kBadInput,
            QStringLiteral("%1: --patient: \"%2\" is not a profile id")
                .arg(command, parser.value(o.patient)));
        return result;
    }
    const QString path = parser.value(o.db);
    // Opening creates a missing file: a typo must not leave an empty database behind.
    if (!QFileInfo(path).isFile()) {
        result.error = report(kBadInput, QStringLiteral("%1: --db: no such file %2").arg(command, path));
        return result;
    }
    result.database = std::make_unique<nc::Database>();
    if (!result.database->open(path)) {
        result.error = report(kFailure, QStringLiteral("%1: %2").arg(path, result.database->errorString()));
        return result;
    }
    const auto patient = nc::PatientRepository(*result.database).get(id);
    if (!patient) {
        result.error
            = report(kBadInput, QStringLiteral("%1: --patient: no profile with id %2").arg(command).arg(id));
        return result;
    }
    result.patient = *patient;
    // A patient's documents speak the patient's language (their words, dates and numbers).
    nc::language::apply(nc::PatientSettingsRepository(*result.database).get(id).language);
    return result;
}

// Checks -o and --paper, then writes the document.
int writeDocument(const QString &command, const QCommandLineParser &parser, const PrintOptions &o,
    const nc::PrintDocument &document)
{
    const auto paper = nc::paper::fromCode(parser.value(o.paper));
    if (!paper)
        return report(kBadInput,
            QStringLiteral("%1: --paper: \"%2\" is not a4 or letter").arg(command, parser.value(o.paper)));
    if (const auto error = nc::printing::writePdf(document, parser.value(o.output), *paper))
        return report(kFailure, *error);
    return kOk;
}

// Not an exit code: the command's help was printed and there is nothing more to do.
constexpr int kHelpShown = -1;

// Parses a printing command's arguments; returns the exit code of a refusal, kHelpShown, or kOk.
int parsePrintArgs(QCommandLineParser &parser, const QString &command, const QStringList &args,
    const PrintOptions &o, bool needsOutput = true)
{
    if (!parser.parse(QStringList { QStringLiteral("neutrocare-cli ") + command } + args))
        return report(kBadInput, QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kHelpShown;
    }
    if (!parser.positionalArguments().isEmpty())
        return report(kBadInput,
            QStringLiteral("%1: unexpected argument \"%2\"")
                .arg(command, parser.positionalArguments().first()));
    if (needsOutput && !parser.isSet(o.output))
        return report(kBadInput, QStringLiteral("%1: -o: is required").arg(command));
    if (!nc::paper::fromCode(parser.value(o.paper)))
        return report(kBadInput,
            QStringLiteral("%1: --paper: \"%2\" is not a4 or letter").arg(command, parser.value(o.paper)));
    return kOk;
}

const QString kWhenToCall = QStringLiteral("when-to-call");

int sheet(const QStringList &args)
{
    const QString command = QStringLiteral("sheet");
    QCommandLineParser parser;
    PrintOptions o;
    o.addTo(parser, true);
    const QCommandLineOption list(
        QStringLiteral("list"), QStringLiteral("List the topics, one id and title a line."));
    const QCommandLineOption topic(
        QStringLiteral("topic"), QStringLiteral("The topic id (see --list)."), QStringLiteral("id"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("The language code (default: the patient's, else en)."), QStringLiteral("code"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
        QStringLiteral("A protocol preset id or a clinic's protocol file (default: the "
                       "patient's, else us-idsa)."),
        QStringLiteral("id|file"));
    const QCommandLineOption unit(QStringLiteral("unit"),
        QStringLiteral("C or F (default: the patient's, else C)."), QStringLiteral("unit"));
    const QCommandLineOption clinic(QStringLiteral("clinic"),
        QStringLiteral("The clinic's name for the header."), QStringLiteral("name"));
    const QCommandLineOption inHours(QStringLiteral("in-hours"),
        QStringLiteral("The care team's number in hours."), QStringLiteral("number"));
    const QCommandLineOption outOfHours(QStringLiteral("out-of-hours"),
        QStringLiteral("The care team's number out of hours."), QStringLiteral("number"));
    parser.addOptions({ list, topic, lang, protocol, unit, clinic, inHours, outOfHours });
    const bool listing = args.contains(QStringLiteral("--list"));
    if (const int refused = parsePrintArgs(parser, command, args, o, !listing))
        return refused == kHelpShown ? kOk : refused;

    // The patient's settings when one is named, then the options on top (a clinic printing in
    // batches names no patient).
    nc::PatientSettings settings;
    QString name;
    OpenedPatient opened;
    if (parser.isSet(o.db) || parser.isSet(o.patient)) {
        opened = openPatient(command, parser, o);
        if (opened.error)
            return opened.error;
        settings = nc::PatientSettingsRepository(*opened.database).get(opened.patient.id);
        name = nc::WalletCardData::documentName(*opened.database, opened.patient.id);
    }

    const nc::ContentCatalogue &catalogue = nc::ContentCatalogue::shipped();
    // --lang wins over the patient's language: a sheet for a relative who reads another one.
    const QString language = parser.isSet(lang) ? parser.value(lang)
        : opened.database                       ? settings.language
                                                : QStringLiteral("en");
    if (!catalogue.languages().contains(language))
        return report(kBadInput,
            QStringLiteral("sheet: --lang: no content in \"%1\" (there is: %2)")
                .arg(language, catalogue.languages().join(QStringLiteral(", "))));
    nc::language::apply(language); // the sheet's words and number formats
    QTextStream out(stdout);
    if (parser.isSet(list)) {
        // The When-to-call sheet stands for the article of the same id: it is that article, designed for the
        // wall.
        out << kWhenToCall << '\t' << nc::WhenToCallSheet::tr("When to call your care team") << '\n';
        for (const nc::Article &a : catalogue.articles(language)) {
            if (a.id != kWhenToCall)
                out << a.id << '\t' << a.title << '\n';
        }
        return kOk;
    }
    if (!parser.isSet(topic))
        return report(kBadInput, QStringLiteral("sheet: --topic: is required (see --list)"));
    const QString topicId = parser.value(topic);
    if (topicId != kWhenToCall && !catalogue.article(topicId, language))
        return report(
            kBadInput, QStringLiteral("sheet: --topic: unknown topic \"%1\" (see --list)").arg(topicId));

    if (parser.isSet(protocol)) {
        const QString value = parser.value(protocol);
        if (auto preset = nc::Protocol::preset(value)) {
            settings.protocol = *preset;
        } else {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return report(kBadInput,
                    QStringLiteral("sheet: --protocol: \"%1\" is neither a preset nor a readable file")
                        .arg(value));
            const auto parsed = nc::Protocol::fromJsonBytes(file.readAll());
            if (!parsed)
                return report(kBadInput,
                    QStringLiteral("%1: %2: %3").arg(value, parsed.error().field, parsed.error().message));
            settings.protocol = *parsed;
        }
    }
    if (parser.isSet(unit)) {
        const auto u = nc::units::temperatureUnitFromCode(parser.value(unit).toUpper());
        if (!u)
            return report(
                kBadInput, QStringLiteral("sheet: --unit: \"%1\" is not C or F").arg(parser.value(unit)));
        settings.displayUnit = *u;
    }
    // The same text rule as the profile form that stores these for a patient.
    for (const auto &[option, field] :
        { std::pair { &clinic, &settings.clinicName }, std::pair { &inHours, &settings.inHoursNumber },
            std::pair { &outOfHours, &settings.outOfHoursNumber } }) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        if (const auto error = nc::text::check(
                QStringLiteral("--") + option->names().constFirst(), value, nc::text::Kind::Short))
            return report(kBadInput, QStringLiteral("sheet: %1").arg(error->message));
        *field = value;
    }
    if (topicId == kWhenToCall)
        return writeDocument(command, parser, o, nc::WhenToCallSheet(settings, name));
    return writeDocument(command, parser, o, *nc::Handout::create(catalogue, topicId, language, settings));
}

int card(const QStringList &args)
{
    const QString command = QStringLiteral("card");
    QCommandLineParser parser;
    PrintOptions o;
    o.addTo(parser, true);
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("The language of the page and the front (default: the patient's)."),
        QStringLiteral("code"));
    const QCommandLineOption staffLang(QStringLiteral("staff-lang"),
        QStringLiteral("The language of the back, for emergency staff (default: the "
                       "clinic's as last chosen, else --lang); when it differs, the "
                       "back speaks both."),
        QStringLiteral("code"));
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("The name on the card (default: the name on documents, else the "
                       "profile's)."),
        QStringLiteral("name"));
    parser.addOptions({ lang, staffLang, name });
    if (const int refused = parsePrintArgs(parser, command, args, o))
        return refused == kHelpShown ? kOk : refused;
    const QStringList languages = nc::language::available();
    for (const QCommandLineOption *option : { &lang, &staffLang }) {
        if (parser.isSet(*option) && !languages.contains(parser.value(*option)))
            return report(kBadInput,
                QStringLiteral("card: --%1: no language \"%2\" (there is: %3)")
                    .arg(option->names().constFirst(), parser.value(*option),
                        languages.join(QStringLiteral(", "))));
    }
    if (parser.isSet(name)) {
        if (const auto error
            = nc::text::check(QStringLiteral("--name"), parser.value(name), nc::text::Kind::Short))
            return report(kBadInput, QStringLiteral("card: %1").arg(error->message));
        if (parser.value(name).trimmed().isEmpty())
            return report(kBadInput, QStringLiteral("card: --name: the name is empty"));
    }
    const OpenedPatient opened = openPatient(command, parser, o);
    if (opened.error)
        return opened.error;
    auto data = nc::WalletCardData::load(*opened.database, opened.patient.id);
    if (!data)
        return report(kFailure, QStringLiteral("card: cannot read profile %1").arg(opened.patient.id));
    if (parser.isSet(lang))
        data->language = parser.value(lang);
    if (parser.isSet(staffLang))
        data->staffLanguage = parser.value(staffLang);
    if (parser.isSet(name))
        data->name = parser.value(name).trimmed();
    return writeDocument(command, parser, o, nc::WalletCard(*data));
}

int printReport(const QStringList &args)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    PrintOptions o;
    o.addTo(parser, true);
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("The first day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("The last day, included (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption notes(
        QStringLiteral("include-notes"), QStringLiteral("Include the private notes."));
    parser.addOptions({ from, to, notes });
    if (const int refused = parsePrintArgs(parser, command, args, o))
        return refused == kHelpShown ? kOk : refused;
    QDate dates[2];
    for (int i = 0; i < 2; ++i) {
        const QCommandLineOption &option = i == 0 ? from : to;
        const QString name = option.names().constFirst();
        if (!parser.isSet(option))
            return report(kBadInput, QStringLiteral("report: --%1: is required").arg(name));
        dates[i] = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!dates[i].isValid())
            return report(kBadInput,
                QStringLiteral("report: --%1: \"%2\" is not a date (YYYY-MM-DD)")
                    .arg(name, parser.value(option)));
    }
    if (dates[0] > dates[1])
        return report(kBadInput,
            QStringLiteral("report: --to: %1 is before --from %2")
                .arg(dates[1].toString(Qt::ISODate), dates[0].toString(Qt::ISODate)));
    const OpenedPatient opened = openPatient(command, parser, o);
    if (opened.error)
        return opened.error;
    const auto data = nc::ReportData::load(
        *opened.database, opened.patient.id, dates[0], dates[1], QDateTime::currentDateTime());
    if (!data)
        return report(kFailure, QStringLiteral("report: cannot read profile %1").arg(opened.patient.id));
    return writeDocument(command, parser, o, nc::PatientReport(*data, parser.isSet(notes)));
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt Charts and text layout need a QApplication for printing; everything else stays on
    // QCoreApplication. With no display, printing runs on the offscreen platform.
    const bool printing = isPrintCommand(commandOf(argc, argv));
    if (printing && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printing
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("neutrocare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeutroCare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUTROCARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "NeutroCare's command-line tool.\n\n"
        "Commands:\n"
        "  assess                       read an assessment request (JSON) on stdin, write the result (JSON)\n"
        "  patients --db PATH [--add NAME]  list the profiles, or create one and print its id\n"
        "  backup --db PATH [-o FILE]   back up the database (default: its backups folder); prints the file\n"
        "  restore --db PATH FILE       check FILE, back up the database, then replace it with FILE\n"
        "  check --db PATH              check the database file: prints ok, or what is wrong (exit 1)\n"
        "  import --db PATH --patient ID --format csv|fhir FILE\n"
        "                               read records (FILE - = stdin); all or nothing; prints what was\n"
        "                               stored and what was skipped (duplicates, untracked codes,\n"
        "                               results entered in error)\n"
        "  export --db PATH --patient ID --format csv|fhir FILE\n"
        "                               write the profile's records (FILE - = stdout); FHIR holds the\n"
        "                               temperatures and lab results\n"
        "  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf\n"
        "                               print an education sheet (sheet --list: the topics), with a\n"
        "                               profile's protocol, numbers, unit and language when named\n"
        "  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf\n"
        "                               print the wallet alert card; the back in --staff-lang, and in\n"
        "                               both languages when they differ\n"
        "  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]\n"
        "                               print the caregiver/clinic report (dates as YYYY-MM-DD)\n"
        "  Printing takes --paper a4|letter (default a4).\n\n"
        "Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral(
            "assess | patients | backup | restore | check | import | export | sheet | card | report"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // parse(), not process(): an unknown option is bad input (exit 2, one line), as the contract says.
    if (!parser.parse(app.arguments()))
        return report(kBadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(kOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return report(kBadInput, QStringLiteral("no command given; see --help"));
    const QString command = positional.first();
    if (command == QLatin1String("assess")) {
        if (positional.size() > 1)
            return report(kBadInput, QStringLiteral("assess: takes no arguments; it reads stdin"));
        return assess();
    }
    if (command == QLatin1String("patients"))
        return patients(QStringList { QStringLiteral("neutrocare-cli patients") } + positional.mid(1));
    if (command == QLatin1String("backup"))
        return backup(positional.mid(1));
    if (command == QLatin1String("restore"))
        return restore(positional.mid(1));
    if (command == QLatin1String("check"))
        return check(positional.mid(1));
    if (command == QLatin1String("import") || command == QLatin1String("export"))
        return exchange(
            command, QStringList { QStringLiteral("neutrocare-cli ") + command } + positional.mid(1));
    if (command == QLatin1String("sheet"))
        return sheet(positional.mid(1));
    if (command == QLatin1String("card"))
        return card(positional.mid(1));
    if (command == QLatin1String("report"))
        return printReport(positional.mid(1));
    return report(kBadInput, QStringLiteral("unknown command \"%1\"; see --help").arg(command));
}

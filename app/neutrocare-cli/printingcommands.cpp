#include "printingcommands.h"

#include "content/contentcatalogue.h"
#include "language.h"
#include "print/handout.h"
#include "print/patientreport.h"
#include "print/printdocument.h"
#include "print/walletcard.h"
#include "print/whentocallsheet.h"
#include "storage/textlimits.h"

#include <QTextStream>

namespace nc::cli {

namespace {

const QString kWhenToCall = QStringLiteral("when-to-call");

// What every printing command shares: -o, --paper, the profile and the writing of the PDF.
struct Printing
{
    CommandLine line;
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        Words::tr("The PDF to write."), QStringLiteral("file") };
    QCommandLineOption paperOption { QStringLiteral("paper"), Words::tr("a4 (default) or letter."),
        QStringLiteral("size"), QStringLiteral("a4") };
    Paper paperSize = Paper::A4;

    Printing(const Console &console, const QString &command)
        : line(console, command)
    {
        line.addOption(output);
        line.addOption(paperOption);
        line.addPatientOptions();
    }

    bool parse(const QStringList &args) { return line.parse(args) && checkOutput(true); }

    // No positional argument, -o where the command writes a file, and a known paper size.
    bool checkOutput(bool needsOutput)
    {
        if (!line.expectPositionals(0) || (needsOutput && !line.require({ &output })))
            return false;
        const auto size = paper::fromCode(line.value(paperOption));
        if (!size) {
            line.fail(
                kBadInput, Words::tr("--paper: \"%1\" is not a4 or letter").arg(line.value(paperOption)));
            return false;
        }
        paperSize = *size;
        return true;
    }

    // The profile, and in patientLanguage the language its documents speak (their words, dates and
    // numbers). The command's own messages stay in the user's language: a document switches to
    // the patient's only while it is made (language::Scope).
    OpenedPatient openPatient()
    {
        OpenedPatient opened = line.openPatient();
        if (opened)
            patientLanguage = PatientSettingsRepository(*opened.database).get(opened.patient.id).language;
        return opened;
    }

    QString patientLanguage;

    int write(const PrintDocument &document)
    {
        if (const auto error = printing::writePdf(document, line.value(output), paperSize))
            return line.report(kFailure, *error);
        return kOk;
    }
};

} // namespace

bool isPrintCommand(const QString &command)
{
    return command == QLatin1String("sheet") || command == QLatin1String("card")
        || command == QLatin1String("report");
}

int sheet(const Console &console, const QStringList &args)
{
    Printing p(console, QStringLiteral("sheet"));
    const QCommandLineOption list(
        QStringLiteral("list"), Words::tr("List the topics, one id and title a line."));
    const QCommandLineOption topic(
        QStringLiteral("topic"), Words::tr("The topic id (see --list)."), QStringLiteral("id"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Words::tr("The language code (default: the patient's, else en)."), QStringLiteral("code"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
        Words::tr("A protocol preset id or a clinic's protocol file (default: the "
                  "patient's, else us-idsa)."),
        QStringLiteral("id|file"));
    const QCommandLineOption unit(QStringLiteral("unit"),
        Words::tr("C or F (default: the patient's, else C)."), QStringLiteral("unit"));
    const QCommandLineOption clinic(
        QStringLiteral("clinic"), Words::tr("The clinic's name for the header."), QStringLiteral("name"));
    const QCommandLineOption inHours(
        QStringLiteral("in-hours"), Words::tr("The care team's number in hours."), QStringLiteral("number"));
    const QCommandLineOption outOfHours(QStringLiteral("out-of-hours"),
        Words::tr("The care team's number out of hours."), QStringLiteral("number"));
    p.line.addOptions({ list, topic, lang, protocol, unit, clinic, inHours, outOfHours });
    if (!p.line.parse(args) || !p.checkOutput(!p.line.isSet(list)))
        return p.line.exitCode();

    // The patient's settings when one is named, then the options on top (a clinic printing in
    // batches names no patient).
    PatientSettings settings;
    QString name;
    OpenedPatient opened;
    if (p.line.isSet(p.line.database) || p.line.isSet(p.line.patient)) {
        opened = p.openPatient();
        if (!opened)
            return p.line.exitCode();
        settings = PatientSettingsRepository(*opened.database).get(opened.patient.id);
        name = WalletCardData::documentName(*opened.database, opened.patient.id);
    }

    const ContentCatalogue &catalogue = ContentCatalogue::shipped();
    // --lang wins over the patient's language: a sheet for a relative who reads another one.
    const QString language = p.line.isSet(lang) ? p.line.value(lang)
        : opened                                ? settings.language
                                                : QStringLiteral("en");
    if (!catalogue.languages().contains(language))
        return p.line.fail(kBadInput,
            Words::tr("--lang: no content in \"%1\" (there is: %2)")
                .arg(language, catalogue.languages().join(QStringLiteral(", "))));
    if (p.line.isSet(list)) {
        const nc::language::Scope titles(language);
        // The When-to-call sheet stands for the article of the same id: it is that article, designed for the
        // wall.
        QTextStream out(&console.out());
        out << kWhenToCall << '\t' << WhenToCallSheet::tr("When to call your care team") << '\n';
        for (const Article &a : catalogue.articles(language)) {
            if (a.id != kWhenToCall)
                out << a.id << '\t' << a.title << '\n';
        }
        return kOk;
    }
    if (!p.line.isSet(topic))
        return p.line.fail(kBadInput, Words::tr("--topic: is required (see --list)"));
    const QString topicId = p.line.value(topic);
    if (topicId != kWhenToCall && !catalogue.article(topicId, language))
        return p.line.fail(kBadInput, Words::tr("--topic: unknown topic \"%1\" (see --list)").arg(topicId));

    if (p.line.isSet(protocol)) {
        const QString value = p.line.value(protocol);
        bool readable = true;
        const auto preset = Protocol::preset(value);
        const auto parsed = preset ? Expected<Protocol>(*preset) : Protocol::fromFile(value, &readable);
        if (!readable)
            return p.line.fail(kBadInput,
                Words::tr("--protocol: \"%1\" is neither a preset nor a readable file").arg(value));
        if (!parsed)
            return p.line.report(kBadInput,
                QStringLiteral("%1: %2: %3").arg(value, parsed.error().field, parsed.error().message));
        settings.protocol = *parsed;
    }
    if (p.line.isSet(unit)) {
        const auto u = units::temperatureUnitFromCode(p.line.value(unit).toUpper());
        if (!u)
            return p.line.fail(kBadInput, Words::tr("--unit: \"%1\" is not C or F").arg(p.line.value(unit)));
        settings.displayUnit = *u;
    }
    // The same text rule as the profile form that stores these for a patient.
    for (const auto &[option, field] :
        { std::pair { &clinic, &settings.clinicName }, std::pair { &inHours, &settings.inHoursNumber },
            std::pair { &outOfHours, &settings.outOfHoursNumber } }) {
        if (!p.line.isSet(*option))
            continue;
        const QString value = p.line.value(*option);
        if (const auto error = text::check(CommandLine::nameOf(*option), value, text::Kind::Short))
            return p.line.fail(kBadInput, error->message);
        *field = value;
    }
    const nc::language::Scope sheetLanguage(language); // the sheet's words and number formats
    if (topicId == kWhenToCall)
        return p.write(WhenToCallSheet(settings, name));
    return p.write(*Handout::create(catalogue, topicId, language, settings));
}

int card(const Console &console, const QStringList &args)
{
    Printing p(console, QStringLiteral("card"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Words::tr("The language of the page and the front (default: the patient's)."),
        QStringLiteral("code"));
    const QCommandLineOption staffLang(QStringLiteral("staff-lang"),
        Words::tr("The language of the back, for emergency staff (default: the "
                  "clinic's as last chosen, else --lang); when it differs, the "
                  "back speaks both."),
        QStringLiteral("code"));
    const QCommandLineOption name(QStringLiteral("name"),
        Words::tr("The name on the card (default: the name on documents, else the "
                  "profile's)."),
        QStringLiteral("name"));
    p.line.addOptions({ lang, staffLang, name });
    if (!p.parse(args))
        return p.line.exitCode();
    const QStringList languages = language::available();
    for (const QCommandLineOption *option : { &lang, &staffLang }) {
        if (p.line.isSet(*option) && !languages.contains(p.line.value(*option)))
            return p.line.fail(kBadInput,
                Words::tr("%1: no language \"%2\" (there is: %3)")
                    .arg(CommandLine::nameOf(*option), p.line.value(*option),
                        languages.join(QStringLiteral(", "))));
    }
    if (p.line.isSet(name)) {
        if (const auto error = text::check(QStringLiteral("--name"), p.line.value(name), text::Kind::Short))
            return p.line.fail(kBadInput, error->message);
        if (p.line.value(name).trimmed().isEmpty())
            return p.line.fail(kBadInput, Words::tr("--name: the name is empty"));
    }
    const OpenedPatient opened = p.openPatient();
    if (!opened)
        return p.line.exitCode();
    auto data = WalletCardData::load(*opened.database, opened.patient.id);
    if (!data)
        return p.line.fail(kFailure, Words::tr("cannot read profile %1").arg(opened.patient.id));
    if (p.line.isSet(lang))
        data->language = p.line.value(lang);
    if (p.line.isSet(staffLang))
        data->staffLanguage = p.line.value(staffLang);
    if (p.line.isSet(name))
        data->name = p.line.value(name).trimmed();
    return p.write(WalletCard(*data));
}

int printReport(const Console &console, const QStringList &args)
{
    Printing p(console, QStringLiteral("report"));
    const QCommandLineOption from(
        QStringLiteral("from"), Words::tr("The first day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), Words::tr("The last day, included (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption notes(QStringLiteral("include-notes"), Words::tr("Include the private notes."));
    p.line.addOptions({ from, to, notes });
    if (!p.parse(args))
        return p.line.exitCode();
    QDate dates[2];
    for (int i = 0; i < 2; ++i) {
        const QCommandLineOption &option = i == 0 ? from : to;
        if (!p.line.require({ &option }))
            return p.line.exitCode();
        dates[i] = QDate::fromString(p.line.value(option), Qt::ISODate);
        if (!dates[i].isValid())
            return p.line.fail(kBadInput,
                Words::tr("%1: \"%2\" is not a date (YYYY-MM-DD)")
                    .arg(CommandLine::nameOf(option), p.line.value(option)));
    }
    if (dates[0] > dates[1])
        return p.line.fail(kBadInput,
            Words::tr("--to: %1 is before --from %2")
                .arg(dates[1].toString(Qt::ISODate), dates[0].toString(Qt::ISODate)));
    const OpenedPatient opened = p.openPatient();
    if (!opened)
        return p.line.exitCode();
    const language::Scope reportLanguage(p.patientLanguage);
    const auto data = ReportData::load(
        *opened.database, opened.patient.id, dates[0], dates[1], QDateTime::currentDateTime());
    if (!data)
        return p.line.fail(kFailure, Words::tr("cannot read profile %1").arg(opened.patient.id));
    return p.write(PatientReport(*data, p.line.isSet(notes)));
}

} // namespace nc::cli

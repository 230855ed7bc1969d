#include "scorejson.h"

#include "strictjson.h"

namespace nc::scorejson {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nc::scorejson)
};

using Presence = JsonReader::Presence;

// Every key of a part is required: a score with an item left out would be a different score.
bool required(JsonReader &r, const QJsonObject &o, const QString &path, const char *key)
{
    return r.boolean(o, path, key, Presence::Required).value_or(false);
}

std::optional<riskscores::MasccInput> readMascc(JsonReader &r, const QJsonObject &o)
{
    const QString path = QStringLiteral("mascc");
    if (!r.keys(o, path,
            { "burden", "hypotension", "copd", "haematological_with_prior_fungal", "dehydration",
                "outpatient", "age" }))
        return std::nullopt;
    riskscores::MasccInput in;
    if (const auto burden = r.coded<riskscores::IllnessBurden>(
            o, path, "burden", riskscores::illnessBurdenFromCode, Text::tr("burden of illness")))
        in.burden = *burden;
    in.hypotension = required(r, o, path, "hypotension");
    in.copd = required(r, o, path, "copd");
    in.haematologicalWithPriorFungal = required(r, o, path, "haematological_with_prior_fungal");
    in.dehydration = required(r, o, path, "dehydration");
    in.outpatient = required(r, o, path, "outpatient");
    // MASCC was made for adults; an age outside a life is a typing mistake.
    in.age = int(r.number(o, path, "age", Presence::Required,
                      JsonReader::Range { riskscores::kMasccYoungestAge, riskscores::kMasccOldestAge, true })
                     .value_or(0));
    if (r.error())
        return std::nullopt;
    return in;
}

std::optional<riskscores::CisneInput> readCisne(JsonReader &r, const QJsonObject &o)
{
    const QString path = QStringLiteral("cisne");
    if (!r.keys(o, path,
            { "ecog_2_or_more", "stress_hyperglycaemia", "copd", "cardiovascular",
                "mucositis_grade_2_or_more", "monocytes_below_200" }))
        return std::nullopt;
    riskscores::CisneInput in;
    in.ecog2OrMore = required(r, o, path, "ecog_2_or_more");
    in.stressHyperglycaemia = required(r, o, path, "stress_hyperglycaemia");
    in.copd = required(r, o, path, "copd");
    in.cardiovascular = required(r, o, path, "cardiovascular");
    in.mucositisGrade2OrMore = required(r, o, path, "mucositis_grade_2_or_more");
    in.monocytesBelow200 = required(r, o, path, "monocytes_below_200");
    if (r.error())
        return std::nullopt;
    return in;
}

} // namespace

Expected<Request> parse(const QByteArray &json)
{
    const auto document = JsonReader::parseObject(
        json, QStringLiteral("(json)"), Text::tr("the document must be one JSON object"));
    if (!document)
        return document.error();
    JsonReader r;
    if (!r.keys(*document, QString(), { "mascc", "cisne" }))
        return *r.error();
    Request request;
    if (const auto o = r.object(*document, QString(), "mascc", Presence::Optional))
        request.mascc = readMascc(r, *o);
    if (!r.error()) {
        if (const auto o = r.object(*document, QString(), "cisne", Presence::Optional))
            request.cisne = readCisne(r, *o);
    }
    if (r.error())
        return *r.error();
    if (!request.mascc && !request.cisne)
        return InputError { QStringLiteral("(json)"), Text::tr("give \"mascc\", \"cisne\" or both") };
    return request;
}

QJsonObject requestToJson(const Request &request)
{
    QJsonObject out;
    if (const auto &m = request.mascc) {
        out.insert(QStringLiteral("mascc"),
            QJsonObject { { QStringLiteral("burden"), riskscores::illnessBurdenCode(m->burden) },
                { QStringLiteral("hypotension"), m->hypotension }, { QStringLiteral("copd"), m->copd },
                { QStringLiteral("haematological_with_prior_fungal"), m->haematologicalWithPriorFungal },
                { QStringLiteral("dehydration"), m->dehydration },
                { QStringLiteral("outpatient"), m->outpatient }, { QStringLiteral("age"), m->age } });
    }
    if (const auto &c = request.cisne) {
        out.insert(QStringLiteral("cisne"),
            QJsonObject { { QStringLiteral("ecog_2_or_more"), c->ecog2OrMore },
                { QStringLiteral("stress_hyperglycaemia"), c->stressHyperglycaemia },
                { QStringLiteral("copd"), c->copd }, { QStringLiteral("cardiovascular"), c->cardiovascular },
                { QStringLiteral("mucositis_grade_2_or_more"), c->mucositisGrade2OrMore },
                { QStringLiteral("monocytes_below_200"), c->monocytesBelow200 } });
    }
    return out;
}

QJsonObject toJson(const Request &request)
{
    QJsonObject out;
    if (request.mascc) {
        const auto s = riskscores::mascc(*request.mascc);
        out.insert(QStringLiteral("mascc"),
            QJsonObject { { QStringLiteral("score"), s.score },
                { QStringLiteral("risk"), riskscores::masccRiskCode(s.lowRisk) } });
    }
    if (request.cisne) {
        const auto s = riskscores::cisne(*request.cisne);
        out.insert(QStringLiteral("cisne"),
            QJsonObject { { QStringLiteral("score"), s.score },
                { QStringLiteral("class"), riskscores::cisneClassCode(s.riskClass) } });
    }
    return out;
}

} // namespace nc::scorejson

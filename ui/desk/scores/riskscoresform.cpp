#include "riskscoresform.h"

#include "print/callrecord.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace nc {

namespace {

using riskscores::ScoreItem;

// The ages the CLI's JSON takes too, so a call's scores always read back.
constexpr int kYoungestAge = riskscores::kMasccYoungestAge;
constexpr int kOldestAge = riskscores::kMasccOldestAge;

const ScoreItem *findItem(const QList<ScoreItem> &items, const QString &code)
{
    for (const ScoreItem &item : items) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

// The most an item can give, as core scores it.
int maximumOf(const QList<ScoreItem> &items, const char *code)
{
    const ScoreItem *item = findItem(items, QLatin1String(code));
    return item ? item->maximum : 0;
}

QString pointsText(int points)
{
    return RiskScoresForm::tr("%n point(s)", nullptr, points);
}

// A control's words without its mnemonic, for its accessible name.
QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("subtle"));
    label->setWordWrap(true);
    return label;
}

QLabel *boldLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Under a rule, the total and the band of a score, side by side.
void addResult(QGroupBox *box, QVBoxLayout *layout, const char *score, QLabel **total, QLabel **band)
{
    auto *rule = new QFrame(box);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    auto *result = new QHBoxLayout;
    *total = boldLabel(box, (QByteArray(score) + "Total").constData());
    *band = boldLabel(box, (QByteArray(score) + "Band").constData());
    result->addWidget(*total);
    result->addSpacing(16);
    result->addWidget(*band, 1);
    layout->addLayout(result);
}

QCheckBox *checkBox(const QString &text, const char *objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(plain(text));
    return box;
}

// What a new call starts from: every item at its starting value, the age on the side that gives no
// points, so an unanswered age never lowers the risk.
riskscores::MasccInput startingMascc()
{
    riskscores::MasccInput input;
    input.age = riskscores::kMasccYoungerThan;
    return input;
}

QString burdenName(riskscores::IllnessBurden burden)
{
    switch (burden) {
    case riskscores::IllnessBurden::NoneOrMild:
        return RiskScoresForm::tr("None or mild");
    case riskscores::IllnessBurden::Moderate:
        return RiskScoresForm::tr("Moderate");
    case riskscores::IllnessBurden::Severe:
        break;
    }
    return RiskScoresForm::tr("Severe");
}

} // namespace

RiskScoresForm::RiskScoresForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskScores"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Decision support for clinicians"), this);
    title->setObjectName(QStringLiteral("decisionSupport"));
    title->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(title);
    auto *intro = new QLabel(tr("MASCC and CISNE risk scores, kept with this call and never shown to the "
                                "patient. They inform your clinical judgement; they do not replace it."),
        this);
    intro->setObjectName(QStringLiteral("notForPatient"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_mascc = makeMascc();
    layout->addWidget(m_mascc);
    m_cisne = makeCisne();
    layout->addWidget(m_cisne);
    layout->addStretch(1);

    // Top to bottom, whatever order the layouts were filled in.
    const QList<QWidget *> order { m_mascc, m_burden, m_hypotension, m_masccCopd, m_haematologicalFungal,
        m_dehydration, m_outpatient, m_age, m_cisne, m_ecog, m_hyperglycaemia, m_cisneCopd, m_cardiovascular,
        m_mucositis, m_monocytes };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_mascc, &QGroupBox::toggled, this, &RiskScoresForm::refresh);
    connect(m_cisne, &QGroupBox::toggled, this, &RiskScoresForm::refresh);
    connect(m_burden, &QComboBox::currentIndexChanged, this, &RiskScoresForm::refresh);
    connect(m_age, &QSpinBox::valueChanged, this, &RiskScoresForm::refresh);
    for (QCheckBox *box : { m_hypotension, m_masccCopd, m_haematologicalFungal, m_dehydration, m_outpatient,
             m_ecog, m_hyperglycaemia, m_cisneCopd, m_cardiovascular, m_mucositis, m_monocytes })
        connect(box, &QCheckBox::toggled, this, &RiskScoresForm::refresh);

    m_filling = true;
    refresh();
    m_filling = false;
}

void RiskScoresForm::addPoints(const char *score, const QString &code, QGridLayout *grid, int row)
{
    auto *label = new QLabel(grid->parentWidget());
    // Both scores have a "copd": the score's name keeps their labels apart.
    label->setObjectName(QString::fromLatin1(score) + QStringLiteral("Points_") + code);
    QHash<QString, QLabel *> &points = qstrcmp(score, "mascc") == 0 ? m_masccPoints : m_cisnePoints;
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(label, row, 2, Qt::AlignRight | Qt::AlignVCenter);
    points.insert(code, label);
}

QGroupBox *RiskScoresForm::makeMascc()
{
    auto *box
        = new QGroupBox(tr("Use &MASCC (Multinational Association for Supportive Care in Cancer)"), this);
    box->setObjectName(QStringLiteral("mascc"));
    box->setAccessibleName(tr("Use the MASCC score"));
    box->setCheckable(true);
    box->setChecked(false);
    auto *layout = new QVBoxLayout(box);
    auto *eligibility = hint(tr("For adults with febrile neutropenia. Not validated during induction "
                                "treatment for acute leukaemia, nor during conditioning for a stem-cell "
                                "transplant."),
        box);
    eligibility->setObjectName(QStringLiteral("masccEligibility"));
    layout->addWidget(eligibility);

    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(pointsText(5)) + 8);
    const QList<ScoreItem> items = riskscores::mascc(startingMascc()).items;
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    int row = 0;
    // A row: the control (with its label, for a field), the points it gives now, and under it the
    // rule, each item's points as core gives them.
    const auto addRow = [&](QWidget *control, const QString &label, const char *code, const QString &rule) {
        if (label.isEmpty()) {
            grid->addWidget(control, row, 0, 1, 2);
        } else {
            auto *buddy = new QLabel(label, box);
            buddy->setBuddy(control);
            grid->addWidget(buddy, row, 0);
            grid->addWidget(control, row, 1, Qt::AlignLeft);
        }
        addPoints("mascc", QString::fromLatin1(code), grid, row);
        auto *ruleLabel = hint(rule, box);
        if (label.isEmpty())
            ruleLabel->setContentsMargins(indent, 0, 0, 0);
        grid->addWidget(ruleLabel, row + 1, label.isEmpty() ? 0 : 1, 1, label.isEmpty() ? 2 : 1);
        grid->setRowMinimumHeight(row + 2, 6);
        control->setAccessibleDescription(rule);
        row += 3;
    };

    m_burden = new QComboBox(box);
    m_burden->setObjectName(QStringLiteral("masccBurden"));
    m_burden->setAccessibleName(tr("Burden of illness"));
    QStringList burdenRule;
    for (const auto burden : { riskscores::IllnessBurden::NoneOrMild, riskscores::IllnessBurden::Moderate,
             riskscores::IllnessBurden::Severe }) {
        riskscores::MasccInput input = startingMascc();
        input.burden = burden;
        // Kept in a local: the item points into it.
        const riskscores::MasccScore score = riskscores::mascc(input);
        const ScoreItem *item = findItem(score.items, QStringLiteral("burden"));
        m_burden->addItem(burdenName(burden), int(burden));
        burdenRule << tr("%1 — %2").arg(burdenName(burden), pointsText(item ? item->points : 0));
    }
    addRow(m_burden, tr("&Burden of illness"), "burden", burdenRule.join(QStringLiteral("; ")));

    m_hypotension = checkBox(tr("&Systolic blood pressure 90 mmHg or lower"), "masccHypotension", box);
    addRow(m_hypotension, {}, "hypotension",
        tr("No hypotension (systolic > 90 mmHg) — %1").arg(pointsText(maximumOf(items, "hypotension"))));
    m_masccCopd = checkBox(tr("Chronic obstructive pulmonary disease (C&OPD)"), "masccCopd", box);
    addRow(m_masccCopd, {}, "copd", tr("No COPD — %1").arg(pointsText(maximumOf(items, "copd"))));
    m_haematologicalFungal = checkBox(
        tr("&Haematological cancer with a previous fungal infection"), "masccHaematologicalFungal", box);
    addRow(m_haematologicalFungal, {}, "haematological_with_prior_fungal",
        tr("A solid tumour, or a haematological cancer with no previous fungal infection — %1")
            .arg(pointsText(maximumOf(items, "haematological_with_prior_fungal"))));
    m_dehydration = checkBox(tr("&Dehydration needing intravenous fluids"), "masccDehydration", box);
    addRow(m_dehydration, {}, "dehydration",
        tr("No dehydration needing IV fluids — %1").arg(pointsText(maximumOf(items, "dehydration"))));
    m_outpatient = checkBox(tr("O&utpatient when the fever began"), "masccOutpatient", box);
    addRow(m_outpatient, {}, "outpatient",
        tr("Outpatient at the onset of fever — %1").arg(pointsText(maximumOf(items, "outpatient"))));

    m_age = new QSpinBox(box);
    m_age->setObjectName(QStringLiteral("masccAge"));
    m_age->setAccessibleName(tr("Age in years"));
    m_age->setRange(kYoungestAge, kOldestAge);
    m_age->setSuffix(tr(" years"));
    m_age->setValue(startingMascc().age);
    addRow(m_age, tr("&Age"), "age",
        tr("Younger than %1 years — %2")
            .arg(riskscores::kMasccYoungerThan)
            .arg(pointsText(maximumOf(items, "age"))));

    addResult(box, layout, "mascc", &m_masccTotal, &m_masccBand);
    return box;
}

QGroupBox *RiskScoresForm::makeCisne()
{
    auto *box = new QGroupBox(tr("Use &CISNE (Clinical Index of Stable Febrile Neutropenia)"), this);
    box->setObjectName(QStringLiteral("cisne"));
    box->setAccessibleName(tr("Use the CISNE score"));
    box->setCheckable(true);
    box->setChecked(false);
    auto *layout = new QVBoxLayout(box);
    auto *eligibility
        = hint(tr("For adults with a solid tumour and febrile neutropenia who are clinically stable."), box);
    eligibility->setObjectName(QStringLiteral("cisneEligibility"));
    layout->addWidget(eligibility);

    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(pointsText(5)) + 8);
    const QList<ScoreItem> items = riskscores::cisne({}).items;
    int row = 0;
    // Each finding scores when present: its points go with its words.
    const auto addItem = [&](const QString &text, const char *code, const char *objectName) {
        auto *check = checkBox(tr("%1 — %2").arg(text, pointsText(maximumOf(items, code))), objectName, box);
        grid->addWidget(check, row, 0, 1, 2);
        addPoints("cisne", QString::fromLatin1(code), grid, row);
        ++row;
        return check;
    };
    m_ecog = addItem(tr("&ECOG performance status 2 or more"), "ecog_2_or_more", "cisneEcog");
    m_hyperglycaemia
        = addItem(tr("Stress-induced hyper&glycaemia"), "stress_hyperglycaemia", "cisneHyperglycaemia");
    m_cisneCopd = addItem(tr("Chronic obstructive &pulmonary disease (COPD)"), "copd", "cisneCopd");
    m_cardiovascular
        = addItem(tr("Chronic cardio&vascular disease"), "cardiovascular", "cisneCardiovascular");
    m_mucositis
        = addItem(tr("Mucositis of NCI g&rade 2 or more"), "mucositis_grade_2_or_more", "cisneMucositis");
    m_monocytes = addItem(tr("Mo&nocytes below 200/µL"), "monocytes_below_200", "cisneMonocytes");

    addResult(box, layout, "cisne", &m_cisneTotal, &m_cisneBand);
    return box;
}

riskscores::MasccInput RiskScoresForm::masccInput() const
{
    riskscores::MasccInput input;
    input.burden = riskscores::IllnessBurden(m_burden->currentData().toInt());
    input.hypotension = m_hypotension->isChecked();
    input.copd = m_masccCopd->isChecked();
    input.haematologicalWithPriorFungal = m_haematologicalFungal->isChecked();
    input.dehydration = m_dehydration->isChecked();
    input.outpatient = m_outpatient->isChecked();
    input.age = m_age->value();
    return input;
}

riskscores::CisneInput RiskScoresForm::cisneInput() const
{
    riskscores::CisneInput input;
    input.ecog2OrMore = m_ecog->isChecked();
    input.stressHyperglycaemia = m_hyperglycaemia->isChecked();
    input.copd = m_cisneCopd->isChecked();
    input.cardiovascular = m_cardiovascular->isChecked();
    input.mucositisGrade2OrMore = m_mucositis->isChecked();
    input.monocytesBelow200 = m_monocytes->isChecked();
    return input;
}

CallScores RiskScoresForm::scores() const
{
    CallScores scores;
    if (m_mascc->isChecked())
        scores.mascc = masccInput();
    if (m_cisne->isChecked())
        scores.cisne = cisneInput();
    return scores;
}

void RiskScoresForm::setScores(const CallScores &scores)
{
    m_filling = true;
    const riskscores::MasccInput mascc = scores.mascc.value_or(startingMascc());
    m_mascc->setChecked(scores.mascc.has_value());
    m_burden->setCurrentIndex(m_burden->findData(int(mascc.burden)));
    m_hypotension->setChecked(mascc.hypotension);
    m_masccCopd->setChecked(mascc.copd);
    m_haematologicalFungal->setChecked(mascc.haematologicalWithPriorFungal);
    m_dehydration->setChecked(mascc.dehydration);
    m_outpatient->setChecked(mascc.outpatient);
    m_age->setValue(mascc.age);

    const riskscores::CisneInput cisne = scores.cisne.value_or(riskscores::CisneInput {});
    m_cisne->setChecked(scores.cisne.has_value());
    m_ecog->setChecked(cisne.ecog2OrMore);
    m_hyperglycaemia->setChecked(cisne.stressHyperglycaemia);
    m_cisneCopd->setChecked(cisne.copd);
    m_cardiovascular->setChecked(cisne.cardiovascular);
    m_mucositis->setChecked(cisne.mucositisGrade2OrMore);
    m_monocytes->setChecked(cisne.monocytesBelow200);
    m_filling = false;
    refresh();
}

void RiskScoresForm::refresh()
{
    // Every number shown comes from core; the form only puts it into words.
    const auto showPoints = [](const QHash<QString, QLabel *> &labels, const QList<ScoreItem> &items) {
        for (const ScoreItem &item : items) {
            if (QLabel *label = labels.value(item.code))
                label->setText(pointsText(item.points));
        }
    };
    const riskscores::MasccScore mascc = riskscores::mascc(masccInput());
    showPoints(m_masccPoints, mascc.items);
    m_masccTotal->setText(m_mascc->isChecked() ? CallRecord::masccTotal(mascc) : tr("MASCC not used"));
    m_masccBand->setText(m_mascc->isChecked() ? CallRecord::masccBand(mascc) : QString());

    const riskscores::CisneScore cisne = riskscores::cisne(cisneInput());
    showPoints(m_cisnePoints, cisne.items);
    m_cisneTotal->setText(m_cisne->isChecked() ? CallRecord::cisneTotal(cisne) : tr("CISNE not used"));
    m_cisneBand->setText(m_cisne->isChecked() ? CallRecord::cisneBand(cisne) : QString());

    if (!m_filling)
        Q_EMIT changed();
}

} // namespace nc

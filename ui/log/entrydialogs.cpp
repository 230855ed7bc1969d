#include "entrydialogs.h"

#include "app/recordcommands.h"
#include "clinical/medicines.h"
#include "storage/alertepisodes.h"
#include "widgets/dateinput.h"
#include "widgets/numberinput.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nc {

namespace {

QDateTime withLocalOffset(const QDateTime &local)
{
    // Stored with the offset in force when the entry was made, shown back in that local time.
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QLineEdit *numberField(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    return edit;
}

QComboBox *combo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

QString fieldMessage(const InputError &error)
{
    return error.message;
}

// Saves a new entry, or replaces the one being edited (keeping its id), as one undo command.
template<class Record>
QString addOrEdit(Session &session, const std::optional<Record> &editing, Record record,
    const QString &addText, const QString &editText)
{
    if (editing) {
        record.id = editing->id;
        return pushIfDone(session, new EditRecordCommand<Record>(session, *editing, record, editText));
    }
    return pushIfDone(session, new AddRecordCommand<Record>(session, record, addText));
}

// A number as a person would type it back, without trailing zeros ("1.2", "45", "2100").
QString typed(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

// --- temperature --------------------------------------------------------------------------------

TemperatureDialog::TemperatureDialog(
    Session &session, QWidget *parent, std::optional<TemperatureRecord> editing)
    : LogDialog(session, editing ? tr("Edit temperature") : tr("Log a temperature"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("temperatureDialog"));
    const auto unit = session.settings().displayUnit;

    auto *row = new QHBoxLayout;
    m_value = numberField(this, QStringLiteral("temperatureValue"), tr("Temperature"));
    m_value->setPlaceholderText(
        unit == TemperatureUnit::Celsius ? tr("for example 37.2") : tr("for example 99.0"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_value->setFont(big);
    row->addWidget(m_value, 1);
    m_unit = combo(this, QStringLiteral("temperatureUnit"), tr("Unit"));
    m_unit->addItem(units::temperatureUnitSymbol(TemperatureUnit::Celsius), int(TemperatureUnit::Celsius));
    m_unit->addItem(
        units::temperatureUnitSymbol(TemperatureUnit::Fahrenheit), int(TemperatureUnit::Fahrenheit));
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    row->addWidget(m_unit);
    auto *valueLabel = new QLabel(tr("&Temperature"), this);
    valueLabel->setBuddy(m_value);
    form()->addRow(valueLabel, row);

    m_site = combo(this, QStringLiteral("temperatureSite"), tr("Where you measured"));
    for (auto site : sites::all())
        m_site->addItem(sites::displayName(site), sites::code(site));
    form()->addRow(tr("&Where"), m_site);

    m_time = addTimeField(tr("W&hen"), editing ? editing->reading.time : session.now());
    m_antipyretic
        = new QCheckBox(tr("I took &paracetamol or ibuprofen in the last %1").arg(maskingHoursText()), this);
    m_antipyretic->setObjectName(QStringLiteral("antipyreticCheck"));
    // The whole row: a long label (Arabic's shaped width exceeds Qt's measure of it) is never cut.
    m_antipyretic->setSizePolicy(QSizePolicy::Expanding, m_antipyretic->sizePolicy().verticalPolicy());
    m_antipyretic->setAccessibleName(
        tr("I took a fever-lowering painkiller in the last %1").arg(maskingHoursText()));
    form()->addRow(QString(), m_antipyretic);
    m_note = addNoteField(editing ? editing->note : QString());

    if (editing) {
        const auto &t = editing->reading.temperature;
        m_value->setText(QLocale().toString(t.enteredValue(), 'f', 1));
        m_unit->setCurrentIndex(m_unit->findData(int(t.enteredUnit())));
        m_site->setCurrentIndex(m_site->findData(sites::code(t.site())));
        m_antipyretic->setChecked(editing->reading.antipyreticReported);
    }
    finishLayout();
    m_value->setFocus();
}

QString TemperatureDialog::save()
{
    const auto value = parseNumber(m_value->text());
    if (!value) {
        m_value->setFocus();
        return tr("Please type the temperature as a number, for example 37.8.");
    }
    const auto unit = TemperatureUnit(m_unit->currentData().toInt());
    const auto site = sites::fromCode(m_site->currentData().toString()).value_or(MeasurementSite::Oral);
    const auto temperature = Temperature::fromInput(*value, unit, site);
    if (!temperature) {
        m_value->setFocus();
        return fieldMessage(temperature.error());
    }
    TemperatureRecord record;
    record.patientId = session().patientId();
    record.reading = { withLocalOffset(m_time->dateTime()), *temperature, m_antipyretic->isChecked() };
    record.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkNote(record.note); !refused.isEmpty())
        return refused;
    if (const QString refused = checkNotFuture(m_time, tr("When"), record.reading.time); !refused.isEmpty())
        return refused;
    return addOrEdit(session(), m_editing, record, tr("Log temperature"), tr("Edit temperature"));
}

// --- blood count --------------------------------------------------------------------------------

BloodCountDialog::BloodCountDialog(Session &session, QWidget *parent, std::optional<BloodCountRecord> editing)
    : LogDialog(session, editing ? tr("Edit blood count") : tr("Log a blood count"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("bloodCountDialog"));
    m_shape = combo(this, QStringLiteral("countShape"), tr("What the lab report shows"));
    m_shape->addItem(tr("The neutrophil count (ANC)"));
    m_shape->addItem(tr("White cells (WBC) and total neutrophils %"));
    m_shape->addItem(tr("White cells (WBC), segmented % and bands %"));
    form()->addRow(tr("The report &shows"), m_shape);

    m_unit = combo(this, QStringLiteral("countUnit"), tr("Unit"));
    for (auto unit : { CountUnit::GigaPerLitre, CountUnit::KiloPerMicrolitre, CountUnit::CellsPerMicrolitre })
        m_unit->addItem(units::countUnitSymbol(unit), int(unit));
    form()->addRow(tr("&Unit"), m_unit);

    m_anc = numberField(this, QStringLiteral("ancValue"), tr("Neutrophil count (ANC)"));
    form()->addRow(tr("&ANC"), m_anc);
    m_wbc = numberField(this, QStringLiteral("wbcValue"), tr("White cell count (WBC)"));
    form()->addRow(tr("&WBC"), m_wbc);
    m_neutrophils = numberField(this, QStringLiteral("neutrophilsPct"), tr("Neutrophils, percent"));
    form()->addRow(tr("&Neutrophils %"), m_neutrophils);
    m_segs = numberField(this, QStringLiteral("segsPct"), tr("Segmented neutrophils, percent"));
    form()->addRow(tr("S&egmented %"), m_segs);
    m_bands = numberField(this, QStringLiteral("bandsPct"), tr("Band neutrophils, percent (optional)"));
    form()->addRow(tr("&Bands % (optional)"), m_bands);

    m_time = addTimeField(tr("Blood &taken"), editing ? editing->count.time() : session.now());
    m_lab = new QLineEdit(this);
    m_lab->setObjectName(QStringLiteral("labName"));
    m_lab->setAccessibleName(tr("Laboratory or clinic (optional)"));
    form()->addRow(tr("&Lab (optional)"), m_lab);
    m_note = addNoteField(editing ? editing->note : QString());

    if (editing) {
        // Shown back as the lab printed it: the same shape, in the unit it was typed in.
        const BloodCount &c = editing->count;
        const double perUnit = units::cellsPerMicrolitreFactor(editing->enteredUnit);
        m_unit->setCurrentIndex(m_unit->findData(int(editing->enteredUnit)));
        m_lab->setText(editing->lab);
        const Differential &d = c.differential();
        if (c.provenance() == AncProvenance::Measured || !c.wbc()) {
            m_shape->setCurrentIndex(0);
            m_anc->setText(typed(c.anc() / perUnit));
        } else {
            m_wbc->setText(typed(*c.wbc() / perUnit));
            if (d.neutrophilsPct) {
                m_shape->setCurrentIndex(1);
                m_neutrophils->setText(typed(*d.neutrophilsPct));
            } else {
                m_shape->setCurrentIndex(2);
                m_segs->setText(typed(d.segsPct.value_or(0)));
                if (d.bandsPct)
                    m_bands->setText(typed(*d.bandsPct));
            }
        }
    }

    auto updateShape = [this] {
        const int shape = m_shape->currentIndex();
        form()->setRowVisible(m_anc, shape == 0);
        form()->setRowVisible(m_wbc, shape != 0);
        form()->setRowVisible(m_neutrophils, shape == 1);
        form()->setRowVisible(m_segs, shape == 2);
        form()->setRowVisible(m_bands, shape == 2);
    };
    connect(m_shape, &QComboBox::currentIndexChanged, this, updateShape);
    updateShape();
    finishLayout();
}

QString BloodCountDialog::save()
{
    const auto unit = CountUnit(m_unit->currentData().toInt());
    const QDateTime time = withLocalOffset(m_time->dateTime());
    auto read = [](QLineEdit *edit) { return parseNumber(edit->text()); };

    std::optional<Expected<BloodCount>> count;
    const int shape = m_shape->currentIndex();
    if (shape == 0) {
        if (!read(m_anc))
            return tr("Please type the neutrophil count (ANC) as a number.");
        count = BloodCount::measured(time, *read(m_anc), unit);
    } else {
        if (!read(m_wbc))
            return tr("Please type the white cell count (WBC) as a number.");
        Differential d;
        if (shape == 1) {
            if (!read(m_neutrophils))
                return tr("Please type the neutrophils percentage as a number.");
            d = Differential::total(*read(m_neutrophils));
        } else {
            if (!read(m_segs))
                return tr("Please type the segmented neutrophils percentage as a number.");
            d = Differential::manual(*read(m_segs), read(m_bands));
        }
        count = BloodCount::derived(time, *read(m_wbc), unit, d);
    }
    if (!*count)
        return fieldMessage(count->error());

    BloodCountRecord record;
    record.patientId = session().patientId();
    record.count = count->value();
    record.enteredUnit = unit;
    record.lab = m_lab->text().trimmed();
    record.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkText(m_lab, tr("Lab"), record.lab, text::Kind::Short);
        !refused.isEmpty())
        return refused;
    if (const QString refused = checkNote(record.note); !refused.isEmpty())
        return refused;
    if (const QString refused = checkNotFuture(m_time, tr("Blood taken"), time); !refused.isEmpty())
        return refused;
    return addOrEdit(session(), m_editing, record, tr("Log blood count"), tr("Edit blood count"));
}

// --- symptoms -----------------------------------------------------------------------------------

SymptomDialog::SymptomDialog(Session &session, QWidget *parent, std::optional<SymptomRecord> editing)
    : LogDialog(session, editing ? tr("Edit symptom") : tr("Log symptoms"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("symptomDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("symptomList"));
    m_list->setAccessibleName(tr("Symptoms"));
    for (auto code : symptoms::all()) {
        auto *item = new QListWidgetItem(symptoms::displayName(code), m_list);
        item->setData(Qt::UserRole, symptoms::code(code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(editing && editing->entry.code == code ? Qt::Checked : Qt::Unchecked);
    }
    if (editing) {
        // One entry is one symptom: ticking another moves the tick.
        connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
            if (changed->checkState() != Qt::Checked)
                return;
            const QSignalBlocker blocker(m_list);
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i) != changed)
                    m_list->item(i)->setCheckState(Qt::Unchecked);
            }
        });
    }
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 10);
    form()->addRow(editing ? tr("&Symptom") : tr("&How do you feel?"), m_list);
    m_time = addTimeField(tr("W&hen"), editing ? editing->entry.time : session.now());
    m_note = addNoteField(editing ? editing->note : QString());
    finishLayout();
}

QString SymptomDialog::save()
{
    const QString note = m_note->toPlainText().trimmed();
    if (const QString refused = checkNote(note); !refused.isEmpty())
        return refused;
    QList<SymptomRecord> records;
    for (int i = 0; i < m_list->count(); ++i) {
        const auto *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        SymptomRecord r;
        r.patientId = session().patientId();
        r.entry = { withLocalOffset(m_time->dateTime()),
            *symptoms::fromCode(item->data(Qt::UserRole).toString()) };
        r.note = note;
        records.append(r);
    }
    if (records.isEmpty())
        return tr("Tick at least one symptom (Space ticks the selected one).");
    if (const QString refused = checkNotFuture(m_time, tr("When"), records.first().entry.time);
        !refused.isEmpty())
        return refused;
    if (m_editing)
        return addOrEdit(session(), m_editing, records.first(), tr("Log symptom"), tr("Edit symptom"));
    // All or nothing, and on the undo stack only once stored: a failure half-way leaves neither
    // some of the symptoms nor an empty "Log symptoms" to redo.
    return pushIfDone(
        session(), new AddRecordsCommand<SymptomRecord>(session(), records, tr("Log symptoms")));
}

// --- treatments ---------------------------------------------------------------------------------

TreatmentDialog::TreatmentDialog(Session &session, QWidget *parent, std::optional<TreatmentRecord> editing)
    : LogDialog(session, editing ? tr("Edit treatment") : tr("Log a treatment"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("treatmentDialog"));
    const Protocol protocol = session.settings().protocol;
    m_kind = combo(this, QStringLiteral("treatmentKind"), tr("Treatment"));
    for (auto kind : { TreatmentKind::Chemotherapy, TreatmentKind::Filgrastim, TreatmentKind::Pegfilgrastim })
        m_kind->addItem(treatments::displayName(kind), int(kind));
    form()->addRow(tr("&Treatment"), m_kind);
    m_date = new DateInput(session.now().date(), this);
    m_date->setObjectName(QStringLiteral("treatmentDate"));
    m_date->setAccessibleName(tr("Date"));
    form()->addRow(tr("&Date"), m_date);
    m_regimen = new QLineEdit(this);
    m_regimen->setObjectName(QStringLiteral("regimen"));
    m_regimen->setAccessibleName(tr("Regimen (optional)"));
    m_regimen->setPlaceholderText(tr("for example FEC-T, cycle 2"));
    form()->addRow(tr("&Regimen (optional)"), m_regimen);

    m_override = new QCheckBox(tr("My team gave me different low-count days for this regimen"), this);
    m_override->setObjectName(QStringLiteral("nadirOverride"));
    m_override->setAccessibleName(tr("Use different low-count days"));
    form()->addRow(QString(), m_override);
    auto *days = new QHBoxLayout;
    m_start = new QSpinBox(this);
    m_start->setObjectName(QStringLiteral("nadirStart"));
    m_start->setAccessibleName(tr("Low-count days start, days after the dose"));
    m_start->setRange(0, 60);
    m_start->setValue(protocol.nadirStartDay);
    m_end = new QSpinBox(this);
    m_end->setObjectName(QStringLiteral("nadirEnd"));
    m_end->setAccessibleName(tr("Low-count days end, days after the dose"));
    m_end->setRange(0, 60);
    m_end->setValue(protocol.nadirEndDay);
    days->addWidget(new QLabel(tr("from day"), this));
    days->addWidget(m_start);
    days->addWidget(new QLabel(tr("to day"), this));
    days->addWidget(m_end);
    days->addStretch(1);
    auto *daysWidget = new QWidget(this);
    daysWidget->setLayout(days);
    form()->addRow(tr("Low-count days"), daysWidget);
    m_note = addNoteField(editing ? editing->note : QString());
    if (editing) {
        const Treatment &t = editing->treatment;
        m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
        m_date->setDate(t.date);
        m_regimen->setText(editing->regimen);
        m_override->setChecked(t.nadirStartDay.has_value());
        m_start->setValue(t.nadirStartDay.value_or(protocol.nadirStartDay));
        m_end->setValue(t.nadirEndDay.value_or(protocol.nadirEndDay));
    }

    auto update = [this, daysWidget] {
        const bool chemo = TreatmentKind(m_kind->currentData().toInt()) == TreatmentKind::Chemotherapy;
        form()->setRowVisible(m_regimen, chemo);
        form()->setRowVisible(m_override, chemo);
        form()->setRowVisible(daysWidget, chemo && m_override->isChecked());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, update);
    connect(m_override, &QCheckBox::toggled, this, update);
    update();
    finishLayout();
}

QString TreatmentDialog::save()
{
    TreatmentRecord r;
    r.patientId = session().patientId();
    r.treatment.kind = TreatmentKind(m_kind->currentData().toInt());
    r.treatment.date = m_date->date();
    const bool chemo = r.treatment.kind == TreatmentKind::Chemotherapy;
    if (chemo && m_override->isChecked()) {
        if (m_end->value() < m_start->value())
            return tr("The last low-count day cannot be before the first.");
        r.treatment.nadirStartDay = m_start->value();
        r.treatment.nadirEndDay = m_end->value();
    }
    r.regimen = chemo ? m_regimen->text().trimmed() : QString();
    r.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkText(m_regimen, tr("Regimen"), r.regimen, text::Kind::Short);
        !refused.isEmpty())
        return refused;
    if (const QString refused = checkNote(r.note); !refused.isEmpty())
        return refused;
    // A dose is logged once given: a future one would look given to the person and count for
    // nothing in the engine, which ignores events after now.
    if (const QString refused = checkNotFuture(m_date, tr("Date"), r.treatment.date); !refused.isEmpty())
        return refused;
    return addOrEdit(session(), m_editing, r, tr("Log treatment"), tr("Edit treatment"));
}

// --- medicines ----------------------------------------------------------------------------------

MedicineDialog::MedicineDialog(Session &session, QWidget *parent, std::optional<MedicineRecord> editing)
    : LogDialog(session, editing ? tr("Edit medicine") : tr("Add a medicine"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("medicineDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("medicineName"));
    m_name->setAccessibleName(tr("Medicine name"));
    form()->addRow(tr("&Medicine"), m_name);
    m_flag = new QLabel(this);
    m_flag->setObjectName(QStringLiteral("medicineFlag"));
    m_flag->setWordWrap(true);
    m_flag->hide();
    form()->addRow(QString(), m_flag);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto flag = medicines::neutropeniaFlag(text);
        m_flag->setVisible(flag.has_value());
        if (flag) {
            m_flag->setText(tr("Good to know: %1 can sometimes lower the neutrophil count. Keep taking it as "
                               "prescribed and ask your care team about it.")
                                .arg(*flag));
            growToFit();
        }
    });
    m_dose = new QLineEdit(this);
    m_dose->setObjectName(QStringLiteral("medicineDose"));
    m_dose->setAccessibleName(tr("Dose (optional)"));
    form()->addRow(tr("&Dose (optional)"), m_dose);
    m_started = new DateInput(session.now().date(), this);
    m_started->setObjectName(QStringLiteral("medicineStarted"));
    m_started->setAccessibleName(tr("Started on"));
    form()->addRow(tr("&Started"), m_started);
    m_note = addNoteField(editing ? editing->note : QString());
    if (editing) {
        m_name->setText(editing->name);
        m_dose->setText(editing->dose);
        if (editing->started)
            m_started->setDate(*editing->started);
    }
    finishLayout();
}

QString MedicineDialog::save()
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Please type the medicine's name.");
    MedicineRecord r;
    r.patientId = session().patientId();
    r.name = m_name->text().trimmed();
    r.dose = m_dose->text().trimmed();
    r.started = m_started->date();
    r.stopped = m_editing ? m_editing->stopped : std::nullopt;
    r.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkText(m_name, tr("Medicine name"), r.name, text::Kind::Short);
        !refused.isEmpty())
        return refused;
    if (const QString refused = checkText(m_dose, tr("Dose"), r.dose, text::Kind::Short); !refused.isEmpty())
        return refused;
    if (const QString refused = checkNote(r.note); !refused.isEmpty())
        return refused;
    return addOrEdit(session(), m_editing, r, tr("Add medicine"), tr("Edit medicine"));
}

// --- antipyretics -------------------------------------------------------------------------------

AntipyreticDialog::AntipyreticDialog(
    Session &session, QWidget *parent, std::optional<AntipyreticRecord> editing)
    : LogDialog(session, editing ? tr("Edit painkiller dose") : tr("Log a painkiller dose"), parent)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("antipyreticDialog"));
    // The fever-medicine moment (CLINICAL.md §6): check first, and a normal number afterwards is no
    // all-clear.
    auto *advice
        = new QLabel(tr("Take your temperature before a painkiller: if it is high, call your care team "
                        "first. For %1 after a dose a reading may look lower than it really is: if you "
                        "feel hot, shivery or unwell, call even if the thermometer reads normal.")
                         .arg(maskingHoursText()),
            this);
    advice->setObjectName(QStringLiteral("antipyreticAdvice"));
    advice->setWordWrap(true);
    form()->addRow(advice);
    m_drug = combo(this, QStringLiteral("antipyreticDrug"), tr("Medicine"));
    for (auto drug : antipyretics::all())
        m_drug->addItem(antipyretics::displayName(drug), antipyretics::code(drug));
    form()->addRow(tr("&Medicine"), m_drug);
    m_time = addTimeField(tr("W&hen"), editing ? editing->dose.time : session.now());
    m_note = addNoteField(editing ? editing->note : QString());
    if (editing)
        m_drug->setCurrentIndex(m_drug->findData(antipyretics::code(editing->dose.drug)));
    finishLayout();
}

QString AntipyreticDialog::save()
{
    AntipyreticRecord r;
    r.patientId = session().patientId();
    r.dose
        = { withLocalOffset(m_time->dateTime()), *antipyretics::fromCode(m_drug->currentData().toString()) };
    r.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkNote(r.note); !refused.isEmpty())
        return refused;
    if (const QString refused = checkNotFuture(m_time, tr("When"), r.dose.time); !refused.isEmpty())
        return refused;
    return addOrEdit(session(), m_editing, r, tr("Log painkiller"), tr("Edit painkiller dose"));
}

// --- acknowledgement ----------------------------------------------------------------------------

AcknowledgeDialog::AcknowledgeDialog(Session &session, const Assessment &assessment, QWidget *parent)
    : LogDialog(session, tr("I contacted my care team"), parent)
    , m_assessment(assessment)
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outcome = new QButtonGroup(this);
    const std::pair<AlertOutcome, QString> options[] = {
        { AlertOutcome::WentToHospital, tr("They told me to go to hospital") },
        { AlertOutcome::StayHomeMonitor, tr("They told me to stay at home and keep checking") },
        { AlertOutcome::CouldNotReach, tr("I could not reach them") },
    };
    for (const auto &[outcome, text] : options) {
        auto *radio = new QRadioButton(text, box);
        radio->setObjectName(QStringLiteral("outcome_") + alertOutcomeCode(outcome));
        radio->setAccessibleName(text);
        m_outcome->addButton(radio, int(outcome));
        layout->addWidget(radio);
    }
    form()->addRow(tr("What happened?"), box);
    auto *unreachable
        = new QLabel(tr("If you cannot reach your care team, go to the nearest emergency department "
                        "and say you are on chemotherapy. The warning stays on until you reach them."),
            this);
    unreachable->setWordWrap(true);
    unreachable->setObjectName(QStringLiteral("unreachableAdvice"));
    unreachable->hide();
    form()->addRow(unreachable);
    connect(m_outcome, &QButtonGroup::idToggled, this, [unreachable](int id, bool checked) {
        if (id == int(AlertOutcome::CouldNotReach))
            unreachable->setVisible(checked);
    });
    m_time = addTimeField(tr("W&hen"), session.now());
    m_note = addNoteField(QString());
    finishLayout();
}

QString AcknowledgeDialog::save()
{
    if (m_outcome->checkedId() < 0)
        return tr("Please choose what happened.");
    const auto outcome = AlertOutcome(m_outcome->checkedId());
    const QDateTime now = session().now();
    // The acknowledgement answers the episode stored when the alert began; with none open, it is
    // a row of its own, raised now at the level on screen.
    const std::optional<AlertRecord> open
        = alertepisodes::openEpisode(session().database(), session().patientId(), now);
    AlertRecord r = open ? *open : alertepisodes::episodeOf(session().patientId(), m_assessment, now);
    r.acknowledgedAt = withLocalOffset(m_time->dateTime());
    r.outcome = outcome;
    r.note = m_note->toPlainText().trimmed();
    if (const QString refused = checkNote(r.note); !refused.isEmpty())
        return refused;
    if (open)
        return pushIfDone(
            session(), new EditRecordCommand<AlertRecord>(session(), *open, r, tr("Contacted care team")));
    return pushIfDone(session(), new AddRecordCommand<AlertRecord>(session(), r, tr("Contacted care team")));
}

} // namespace nc

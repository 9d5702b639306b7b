#include "ui/forms/InstanceForm.h"

#include "core/types/LabelsText.h"
#include "core/types/Validation.h"
#include "ui/common/WidgetHelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

const QString kAll = u"All"_s;

// The picker shows the names exactly as the API and vzapsctl spell them.
QString eventCheckName(const QString &event)
{
    return u"event%1Check"_s.arg(event);
}

} // namespace

InstanceForm::InstanceForm(QWidget *parent)
    : QWidget(parent)
    , m_name(named(new QLineEdit, u"nameEdit"_s, tr("Name")))
    , m_webhook(named(new QLineEdit, u"webhookEdit"_s, tr("Webhook")))
    , m_rejectCalls(named(new QCheckBox(tr("&Reject incoming calls")), u"rejectCallsCheck"_s,
                          tr("Reject incoming calls")))
    , m_autoRead(named(new QCheckBox(tr("&Mark incoming messages as read")), u"autoReadCheck"_s,
                       tr("Mark incoming messages as read")))
    , m_labels(named(new QLineEdit, u"labelsEdit"_s, tr("Labels")))
{
    m_name->setPlaceholderText(tr("3 to 255 characters"));
    enableClearButton(m_name);
    m_webhook->setPlaceholderText(tr("Optional, like https://example.com/hook"));
    enableClearButton(m_webhook);
    m_webhook->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_labels->setPlaceholderText(tr("Optional, like team=sales, region=BR"));
    m_labels->setToolTip(tr("key=value pairs separated by commas; empty removes them all"));
    enableClearButton(m_labels);

    // Never squeezed below its natural height: a failure message shown below the form
    // grows the dialog instead of crushing the events picker.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addRow(tr("&Name:"), m_name);
    m_layout->addRow(tr("&Webhook:"), m_webhook);
    QWidget *picker = createEventsPicker();
    auto *eventsLabel = new QLabel(tr("&Events:"));
    eventsLabel->setBuddy(m_all); // the picker itself takes no focus; its first box does
    m_layout->addRow(eventsLabel, picker);
    m_layout->addRow(QString(), m_rejectCalls);
    m_layout->addRow(QString(), m_autoRead);
    m_layout->addRow(tr("&Labels:"), m_labels);

    connect(m_name, &QLineEdit::textChanged, this, &InstanceForm::changed);
    connect(m_webhook, &QLineEdit::textChanged, this, &InstanceForm::changed);
    connect(m_rejectCalls, &QCheckBox::toggled, this, &InstanceForm::changed);
    connect(m_autoRead, &QCheckBox::toggled, this, &InstanceForm::changed);
    connect(m_labels, &QLineEdit::textChanged, this, &InstanceForm::changed);
}

QWidget *InstanceForm::createEventsPicker()
{
    auto *picker = named(new QWidget, u"eventsPicker"_s, tr("Events to subscribe to"));
    auto *grid = new QGridLayout(picker);
    grid->setContentsMargins(0, 0, 0, 0);
    // Column by column, so related names (GroupParticipantsAdd/Remove) stay together.
    const int others = int(validation::eventNames().size()) - 1;
    constexpr int kColumns = 2;
    const int rows = (others + kColumns - 1) / kColumns;

    int index = 0;
    for (const QString &event : validation::eventNames()) {
        auto *check = named(new QCheckBox(event), eventCheckName(event), event);
        if (event == kAll) {
            m_all = check;
            check->setToolTip(tr("Every event; the others are then left out"));
            grid->addWidget(check, 0, 0, 1, kColumns);
            connect(check, &QCheckBox::toggled, this, &InstanceForm::onAllToggled);
        } else {
            m_eventChecks.insert(event, check);
            grid->addWidget(check, 1 + index % rows, index / rows);
            ++index;
        }
        connect(check, &QCheckBox::toggled, this, &InstanceForm::changed);
    }
    return picker;
}

void InstanceForm::onAllToggled(bool checked)
{
    // All already means every event, so the others would only contradict it.
    if (checked)
        m_beforeAll = checkedEvents();
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
        QCheckBox *check = it.value();
        const QSignalBlocker quiet(check); // one changed() for the whole switch
        check->setChecked(!checked && m_beforeAll.contains(it.key()));
        check->setEnabled(!checked);
    }
    if (!checked)
        m_beforeAll.clear();
}

void InstanceForm::showInstanceId(const QString &id)
{
    auto *value = named(new QLabel(id), u"instanceLabel"_s, tr("Instance ID"));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_layout->insertRow(0, tr("ID:"), value);
}

void InstanceForm::setInstance(const Instance &instance)
{
    m_name->setText(instance.name);
    m_webhook->setText(instance.webhook);
    setEvents(instance.eventsSubscribe);
    m_rejectCalls->setChecked(instance.rejectCalls);
    m_autoRead->setChecked(instance.autoReadMessages);
    m_originalLabels = instance.labels;
    m_labels->setText(labelsToText(instance.labels));
}

void InstanceForm::setEvents(const QStringList &events)
{
    m_all->setChecked(false);
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it)
        it.value()->setChecked(events.contains(it.key()));
    m_all->setChecked(events.contains(kAll));
}

QString InstanceForm::name() const
{
    return m_name->text().trimmed();
}

QString InstanceForm::webhook() const
{
    return m_webhook->text().trimmed();
}

QStringList InstanceForm::events() const
{
    return m_all->isChecked() ? QStringList{kAll} : checkedEvents();
}

QStringList InstanceForm::checkedEvents() const
{
    QStringList chosen;
    for (const QString &event : validation::eventNames()) {
        if (const QCheckBox *check = m_eventChecks.value(event); check && check->isChecked())
            chosen.append(event);
    }
    return chosen;
}

bool InstanceForm::rejectCalls() const
{
    return m_rejectCalls->isChecked();
}

bool InstanceForm::autoReadMessages() const
{
    return m_autoRead->isChecked();
}

QJsonObject InstanceForm::labels() const
{
    return labelsFromText(m_labels->text(), m_originalLabels).labels;
}

NewInstance InstanceForm::newInstance() const
{
    NewInstance instance;
    instance.name = name();
    instance.webhook = webhook();
    instance.eventsSubscribe = events();
    instance.rejectCalls = rejectCalls();
    instance.autoReadMessages = autoReadMessages();
    instance.labels = labels();
    return instance;
}

QString InstanceForm::labelsProblem() const
{
    return labelsFromText(m_labels->text()).problem;
}

QString InstanceForm::problem() const
{
    const QString labels = labelsProblem();
    return labels.isEmpty() ? validation::checkNewInstance(newInstance()) : labels;
}

} // namespace vzaps::ui

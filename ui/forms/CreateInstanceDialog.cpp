#include "ui/forms/CreateInstanceDialog.h"

#include "core/api/InstancesApi.h"
#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/forms/InstanceForm.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

CreateInstanceDialog::CreateInstanceDialog(ApiClient &client, QWidget *parent)
    : ActionDialog(u"createInstanceDialog"_s, tr("New instance"), parent)
    , m_client(client)
    , m_form(new InstanceForm)
{
    contentLayout()->addWidget(m_form);
    m_empty = m_form->newInstance();
    setInitialFocus(m_form->nameField());
    setOkText(tr("&Create"));
    setBusyText(tr("Creating…"));

    const auto validate = [this] { setProblem(m_form->problem()); };
    connect(m_form, &InstanceForm::changed, this, validate);
    validate();
}

QPointer<ApiCall> CreateInstanceDialog::submit()
{
    const NewInstance input = m_form->newInstance();
    return InstancesApi(m_client).create(
        input, this, [this, name = input.name](const Result<Instance> &result) {
            if (!result) {
                Instance attempted; // no id yet: the log shows the name that was typed
                attempted.name = name;
                record(ActionRecord::of(tr("Create"), attempted, result));
                return showFailure(result.error());
            }
            const Instance &created = result.value();
            record(ActionRecord::of(tr("Create"), created, result,
                                    tr("Created “%1” (%2).").arg(created.name, created.id)));
            onCreated(created);
        });
}

bool CreateInstanceDialog::hasUnsavedInput() const
{
    // Labels typed wrong are typed all the same.
    return m_form->newInstance() != m_empty || !m_form->labelsProblem().isEmpty();
}

void CreateInstanceDialog::onCreated(const Instance &instance)
{
    const QString text = tr("Created “%1” with the id %2.")
                             .arg(display::cut(instance.name), display::cut(instance.id, 100));
    QWidget *tokenPanel = instance.token.isEmpty() ? nullptr : createTokenPanel(instance.token);
    showResult(text, tokenPanel);
    Q_EMIT instanceCreated(instance);
    Q_EMIT instanceChanged(instance.id);
}

QWidget *CreateInstanceDialog::createTokenPanel(const QString &token)
{
    auto *panel = named(new QWidget, u"newTokenPanel"_s, tr("Instance token"));
    auto *note = named(new QLabel, u"newTokenNote"_s, tr("About the instance token"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setText(tr("The instance token lets a program use this instance. Keep it safe. You "
                     "can see and copy it again later in the instance's details (Reveal)."));

    // Shown in full but read-only: a person may need to read it out or select part of it.
    auto *field = named(new QLineEdit(token), u"newTokenField"_s, tr("Instance token"));
    field->setReadOnly(true);
    field->setCursorPosition(0);
    auto *copy =
        named(new QPushButton(tr("Cop&y")), u"copyTokenButton"_s, tr("Copy instance token"));
    copy->setToolTip(tr("Copy the instance token to the clipboard"));
    connect(copy, &QPushButton::clicked, panel, [field, copy] {
        QGuiApplication::clipboard()->setText(field->text());
        copy->setText(tr("Copied"));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addLayout(row);
    return panel;
}

} // namespace vzaps::ui

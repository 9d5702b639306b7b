#include "ui/confirm/TypedConfirmationDialog.h"

#include "ui/confirm/ConfirmParts.h"
#include "ui/confirm/TypeToConfirm.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vzaps::ui {

TypedConfirmationDialog::TypedConfirmationDialog(const QString &objectName, const QString &title,
                                                 const Instance &instance, const QString &question,
                                                 QWidget *parent)
    : ActionDialog(objectName, title, parent)
    , m_instance(instance)
    // A name nobody could type (empty, or longer than a name should be) is confirmed by id.
    , m_byId(instance.name.trimmed().isEmpty() || instance.name.size() > kMaxTypedNameChars)
    , m_confirm(new TypeToConfirm(m_byId ? instance.id : instance.name,
                                  m_byId ? tr("Type the instance ID, %1, to confirm.")
                                         : tr("Type %1 to confirm.")))
{
    contentLayout()->addWidget(confirm::questionLabel(question));
    contentLayout()->addSpacing(6);
    contentLayout()->addWidget(m_confirm);
    connect(m_confirm, &TypeToConfirm::changed, this, &TypedConfirmationDialog::updateProblem);
    setInitialFocus(m_confirm); // typing is what the user does first here
    updateProblem();
}

void TypedConfirmationDialog::setTypeToConfirm(bool on)
{
    m_typeToConfirm = on;
    m_confirm->setVisible(on);
    if (on)
        m_confirm->setFocus();
    else
        okButton()->setFocus();
    updateProblem();
}

void TypedConfirmationDialog::updateProblem()
{
    if (!m_typeToConfirm || m_confirm->isConfirmed())
        return setProblem({});
    setProblem(m_byId ? tr("Type the instance ID to confirm")
                      : tr("Type the instance name to confirm"));
}

} // namespace vzaps::ui

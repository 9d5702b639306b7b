#pragma once

#include "core/types/Instance.h"
#include "ui/dialogs/ActionDialog.h"

namespace vzaps::ui {

class TypeToConfirm;

// An action dialog for a destructive action on one instance (delete, cancel): the
// question, then "Type <name> to confirm"; OK stays disabled until the name is typed.
// An instance without a name asks for its id instead. setTypeToConfirm(false) (a
// preference in Settings) makes it a single confirmation like Restart.
class TypedConfirmationDialog : public ActionDialog
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxTypedNameChars = 255; // the longest name the API allows
    // On by default.
    void setTypeToConfirm(bool on);
    bool typeToConfirm() const { return m_typeToConfirm; }

protected:
    TypedConfirmationDialog(const QString &objectName, const QString &title,
                            const Instance &instance, const QString &question, QWidget *parent);

    const Instance &instance() const { return m_instance; }

private:
    void updateProblem();

    Instance m_instance;
    bool m_byId; // the instance has no name to type
    TypeToConfirm *m_confirm;
    bool m_typeToConfirm = true;
};

} // namespace vzaps::ui

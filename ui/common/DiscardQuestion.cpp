#include "ui/common/DiscardQuestion.h"

#include "ui/common/WidgetHelpers.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

// The translation context of the question's texts.
struct DiscardQuestion {
    Q_DECLARE_TR_FUNCTIONS(DiscardQuestion)
};

} // namespace

void askToDiscard(QWidget *dialog, const std::function<void()> &discard)
{
    if (dialog->findChild<QMessageBox *>(u"discardQuestion"_s))
        return; // already asking
    auto *box =
        named(new QMessageBox(QMessageBox::Question, DiscardQuestion::tr("Discard what you typed?"),
                              DiscardQuestion::tr("Closing this window loses what you "
                                                  "typed in it."),
                              QMessageBox::NoButton, dialog),
              u"discardQuestion"_s, DiscardQuestion::tr("Discard what you typed?"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discardButton =
        box->addButton(DiscardQuestion::tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep =
        box->addButton(DiscardQuestion::tr("&Keep editing"), QMessageBox::RejectRole);
    named(discardButton, u"discardButton"_s, DiscardQuestion::tr("Discard"));
    named(keep, u"keepEditingButton"_s, DiscardQuestion::tr("Keep editing"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    const auto discarded = std::make_shared<bool>(false);
    QObject::connect(discardButton, &QPushButton::clicked, dialog, [discarded, discard] {
        *discarded = true;
        discard();
    });
    // Keep editing: back to the dialog, the focus where it was.
    QPointer<QWidget> guarded(dialog);
    QObject::connect(box, &QMessageBox::finished, dialog, [guarded, discarded] {
        if (guarded && !*discarded) {
            guarded->raise();
            guarded->activateWindow();
        }
    });
    box->open();
}

} // namespace vzaps::ui

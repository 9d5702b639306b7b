#include "ui/help/AboutDialog.h"

#include "ui/common/WidgetHelpers.h"

#include "core/version.h"
#include "ui/style/BundledIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About VZaps Desk"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *icon = new QLabel;
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("VZaps Desk icon"));
    icon->setAccessibleDescription(
        tr("A teal tile with a white speech bubble and three status rows"));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("VZaps Desk"));
    title->setObjectName(u"aboutTitle"_s);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    const QStringList lines{
        tr("Version %1, built on %2")
            .arg(QString::fromLatin1(VZAPS_VERSION), QString::fromLatin1(VZAPS_BUILD_DATE)),
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR)),
        tr("Released under the MIT License."),
    };
    m_facts = lines.join(u'\n');
    auto *facts = new QLabel(m_facts);
    facts->setObjectName(u"aboutFacts"_s);
    facts->setTextFormat(Qt::PlainText);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setAccessibleName(m_facts);

    auto *summary = new QLabel(tr("The desktop tool for support staff who manage VZaps "
                                  "WhatsApp API instances."));
    summary->setObjectName(u"aboutSummary"_s);
    summary->setWordWrap(true);
    summary->setAccessibleName(summary->text());

    // Fixed addresses of our own, so rich text is safe here.
    auto *links =
        new QLabel(u"<a href=\"https://vzaps.com\">%1</a> · "
                   "<a href=\"https://docs.vzaps.com\">%2</a>"_s.arg(
                       tr("vzaps.com").toHtmlEscaped(), tr("API documentation").toHtmlEscaped()));
    links->setObjectName(u"aboutLinks"_s);
    links->setTextFormat(Qt::RichText);
    links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setPurpose(links, tr("Links: vzaps.com, API documentation"));
    connect(links, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT linkActivated(QUrl(link, QUrl::StrictMode)); });

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(facts);
    text->addWidget(links);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeAboutButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace vzaps::ui

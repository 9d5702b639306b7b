#include "ui/detail/ConnectedView.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/detail/Avatar.h"
#include "ui/detail/ProfilePictureLoader.h"

#include "ui/common/WidgetHelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ConnectedView::ConnectedView(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_pictures(new ProfilePictureLoader(network, this))
    , m_avatar(new Avatar(64, this))
    , m_pushName(new QLabel(this))
    , m_phone(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(u"connectedView"_s);
    setAccessibleName(tr("WhatsApp account"));
    m_pictures->setObjectName(u"profilePictureLoader"_s);
    m_avatar->setObjectName(u"connectedAvatar"_s);

    m_pushName->setObjectName(u"connectedPushName"_s);
    setPurpose(m_pushName, tr("Push name"));
    m_pushName->setTextFormat(Qt::PlainText);
    m_pushName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_pushName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_pushName->setFont(nameFont);

    m_phone->setObjectName(u"connectedPhone"_s);
    setPurpose(m_phone, tr("Phone"));
    m_phone->setTextFormat(Qt::PlainText);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addStretch();
    names->addWidget(m_pushName);
    names->addWidget(m_phone);
    names->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_avatar);
    header->addLayout(names, 1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_businessName = addRow(tr("Business name:"), u"connectedBusinessName"_s, tr("Business name"));
    m_verifiedName = addRow(tr("Verified name:"), u"connectedVerifiedName"_s, tr("Verified name"));
    m_about = addRow(tr("About:"), u"connectedAbout"_s, tr("About"));
    m_website = addRow(tr("Website:"), u"connectedWebsite"_s, tr("Website"));
    m_website->setTextFormat(Qt::RichText);
    m_website->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_website, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openUrl(QUrl(link)); });
    m_since = addRow(tr("Connected since:"), u"connectedSince"_s, tr("Connected since"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(m_form);

    connect(m_pictures, &ProfilePictureLoader::finished, this,
            [this](const QUrl &url, const QPixmap &picture) {
                if (url == m_pictureUrl)
                    m_avatar->setPicture(picture);
            });
}

void ConnectedView::setSession(const SessionStatus &status, const QString &fallbackName,
                               const QDateTime &connectedSince)
{
    const QString name = status.pushName.isEmpty() ? fallbackName : status.pushName;
    m_pushName->setText(status.pushName.isEmpty() ? tr("No push name")
                                                  : display::cut(status.pushName));
    m_pushName->setForegroundRole(status.pushName.isEmpty() ? QPalette::PlaceholderText
                                                            : QPalette::WindowText);
    m_phone->setText(status.phone.isEmpty() ? tr("No phone number")
                                            : display::cut(format::readablePhone(status.phone)));
    m_phone->setToolTip(display::toolTip(status.whatsappJid));
    m_avatar->setName(name);

    setRow(m_businessName, display::cut(status.businessName));
    setRow(m_verifiedName, display::cut(status.verifiedName));
    setRow(m_about, display::cut(status.about));
    const QUrl website = QUrl::fromUserInput(status.website);
    setRow(m_website, status.website.isEmpty() ? QString()
                                               : u"<a href=\"%1\">%2</a>"_s.arg(
                                                     website.toString().toHtmlEscaped(),
                                                     display::cut(status.website).toHtmlEscaped()));
    m_connectedSince = connectedSince;
    refreshTimes();

    const QUrl pictureUrl(status.profilePictureUrl);
    if (pictureUrl != m_pictureUrl || status.profilePictureUrl.isEmpty()) {
        m_pictureUrl = pictureUrl;
        m_avatar->setPicture({});
        m_pictures->cancel();
        if (!status.profilePictureUrl.isEmpty())
            m_pictures->load(pictureUrl);
    }
}

void ConnectedView::clear()
{
    m_pictures->cancel();
    m_pictureUrl.clear();
    m_avatar->setPicture({});
    setSession({}, {}, {});
}

void ConnectedView::refreshTimes()
{
    const QString relative =
        format::relativeTime(m_connectedSince, QDateTime::currentDateTimeUtc());
    setRow(m_since, relative);
    m_since->setToolTip(format::exactTime(m_connectedSince));
}

QLabel *ConnectedView::addRow(const QString &label, const QString &objectName,
                              const QString &accessibleName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    setPurpose(value, accessibleName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, this);
    caption->setObjectName(objectName + u"Label"_s);
    setPurpose(caption, accessibleName);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void ConnectedView::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

} // namespace vzaps::ui

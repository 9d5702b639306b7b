#pragma once

#include "core/types/Session.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QFormLayout;
class QLabel;
class QNetworkAccessManager;

namespace vzaps::ui {

class Avatar;
class ProfilePictureLoader;

// The WhatsApp account of a connected instance: picture (or initials), push name, phone,
// business and verified names, about, website, connected since. Empty facts are hidden.
class ConnectedView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectedView(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // `fallbackName` (the instance name) gives the initials when there is no push name.
    void setSession(const SessionStatus &status, const QString &fallbackName,
                    const QDateTime &connectedSince);
    void clear();
    void refreshTimes();

Q_SIGNALS:
    void openUrl(const QUrl &url);

private:
    QLabel *addRow(const QString &label, const QString &objectName, const QString &accessibleName);
    void setRow(QLabel *value, const QString &text);

    ProfilePictureLoader *m_pictures;
    QUrl m_pictureUrl;
    QDateTime m_connectedSince;
    Avatar *m_avatar;
    QLabel *m_pushName;
    QLabel *m_phone;
    QFormLayout *m_form;
    QLabel *m_businessName;
    QLabel *m_verifiedName;
    QLabel *m_about;
    QLabel *m_website;
    QLabel *m_since;
};

} // namespace vzaps::ui

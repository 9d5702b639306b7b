#include "ui/accounts/SignInFields.h"

#include "core/api/ApiClient.h"
#include "core/api/ConnectionCheck.h"
#include "core/realtime/RealtimeEndpoint.h"
#include "core/types/Validation.h"
#include "ui/common/WidgetHelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = named(new QLineEdit, objectName, accessibleName);
    enableClearButton(edit);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QUrl normalizedUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
}

} // namespace

SignInFields::SignInFields(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_name(lineEdit(u"profileNameEdit"_s, tr("Account name")))
    , m_baseUrl(lineEdit(u"baseUrlEdit"_s, tr("Server address")))
    , m_realtimeUrl(lineEdit(u"realtimeUrlEdit"_s, tr("Realtime address")))
    , m_token(lineEdit(u"clientTokenEdit"_s, tr("Client token")))
    , m_secret(lineEdit(u"clientSecretEdit"_s, tr("Client secret")))
    , m_newId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_name->setPlaceholderText(tr("What you call this account, like “Support team”"));
    m_baseUrl->setText(ApiClient::defaultBaseUrl().toString());
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_realtimeUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_realtimeUrl->setToolTip(tr("Where live updates of instances come from. Leave empty for "
                                 "the server's usual address, shown greyed."));
    m_token->setPlaceholderText(tr("Like ct_…"));
    m_token->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Like cs_…"));

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    m_layout->addRow(buddyLabel(tr("Ser&ver:"), m_baseUrl), m_baseUrl);
    m_layout->addRow(buddyLabel(tr("Client t&oken:"), m_token), m_token);
    m_layout->addRow(buddyLabel(tr("Client s&ecret:"), m_secret), m_secret);
    // Rarely changed, so last: typing a new account's details never passes through it.
    m_layout->addRow(buddyLabel(tr("&Realtime:"), m_realtimeUrl), m_realtimeUrl);

    connect(m_name, &QLineEdit::textChanged, this, &SignInFields::nameChanged);
    // The realtime address is no credential: it changes what may be saved, not the check.
    connect(m_realtimeUrl, &QLineEdit::textChanged, this, &SignInFields::nameChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SignInFields::showUsualRealtimeUrl);
    showUsualRealtimeUrl();
    for (QLineEdit *edit : {m_baseUrl, m_token, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &SignInFields::connectionChanged);
    m_filledTexts = texts();
}

void SignInFields::setProfile(const Profile &profile, const QString &storedSecret)
{
    m_original = profile;
    m_storedSecret = storedSecret;
    m_secret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_realtimeUrl->setText(profile.realtimeUrl.toString());
    m_token->setText(profile.clientToken);
    m_secret->clear();
    m_filledTexts = texts();
}

void SignInFields::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    Q_EMIT nameChanged(); // the name may have become valid or invalid
}

void SignInFields::addRow(QLayout *row)
{
    m_layout->addRow(QString(), row);
}

Profile SignInFields::profile() const
{
    Profile profile = m_original.value_or(Profile{});
    if (!m_original)
        profile.id = m_newId;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = normalizedUrl(m_baseUrl->text());
    profile.realtimeUrl = normalizedUrl(m_realtimeUrl->text());
    profile.clientToken = m_token->text().trimmed();
    return profile;
}

QString SignInFields::enteredSecret() const
{
    return m_secret->text().trimmed();
}

QString SignInFields::secretForCheck() const
{
    const QString entered = enteredSecret();
    return entered.isEmpty() ? m_storedSecret : entered;
}

bool SignInFields::connectionUnchanged() const
{
    return m_original && enteredSecret().isEmpty() &&
           normalizedUrl(m_baseUrl->text()) ==
               m_original->baseUrl.adjusted(QUrl::StripTrailingSlash) &&
           m_token->text().trimmed() == m_original->clientToken;
}

QString SignInFields::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for this account.");
    for (const QString &taken : m_takenNames) {
        const bool own = m_original && taken.compare(m_original->name, Qt::CaseInsensitive) == 0;
        if (!own && taken.compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another account is already called “%1”; choose another name.").arg(name);
    }
    if (!m_realtimeUrl->text().trimmed().isEmpty()) {
        const QString realtimeProblem =
            validation::checkSocketUrl(m_realtimeUrl->text(), tr("realtime address"));
        if (!realtimeProblem.isEmpty())
            return realtimeProblem;
    }
    if (connectionUnchanged())
        return {}; // a rename, or nothing changed: the stored credentials stay as they are
    return connectionProblem(true);
}

QString SignInFields::checkProblem() const
{
    return connectionProblem(false);
}

QString SignInFields::connectionProblem(bool forSave) const
{
    const QString urlProblem = ConnectionCheck::baseUrlProblem(normalizedUrl(m_baseUrl->text()));
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (m_token->text().trimmed().isEmpty())
        return tr("Enter the client token.");
    if (!secretForCheck().isEmpty())
        return {};
    if (!m_original)
        return tr("Enter the client secret.");
    return forSave ? tr("Enter the client secret: a changed server or token is tested with it "
                        "before saving.")
                   : tr("Enter the client secret to test the connection.");
}

void SignInFields::showUsualRealtimeUrl()
{
    const QUrl usual = realtime::realtimeBaseUrlFor(normalizedUrl(m_baseUrl->text()));
    m_realtimeUrl->setPlaceholderText(usual.toString());
}

QStringList SignInFields::texts() const
{
    return {m_name->text(), m_baseUrl->text(), m_realtimeUrl->text(), m_token->text(),
            m_secret->text()};
}

bool SignInFields::hasTypedInput() const
{
    return texts() != m_filledTexts;
}

QWidget *SignInFields::firstEmptyField() const
{
    for (QLineEdit *field :
         {m_name, m_baseUrl, m_token, m_secret}) { // the realtime one may be empty
        if (field == m_secret && isEditing())
            break;
        if (field->isVisibleTo(this) && field->isEnabled() && field->text().trimmed().isEmpty())
            return field;
    }
    return m_name;
}

} // namespace vzaps::ui

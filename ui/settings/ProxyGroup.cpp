#include "ui/settings/ProxyGroup.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SecretStore.h"
#include "ui/common/WidgetHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

constexpr int kMaxPort = 65535;

} // namespace

ProxyGroup::ProxyGroup(const ProxySettings &settings, SecretStore &secrets, QWidget *parent)
    : QGroupBox(tr("Network proxy"), parent)
    , m_secrets(secrets)
    , m_mode(named(new QComboBox, u"proxyModeCombo"_s, tr("Proxy")))
    , m_host(named(new QLineEdit, u"proxyHostEdit"_s, tr("Proxy host")))
    , m_port(named(new QSpinBox, u"proxyPortSpin"_s, tr("Proxy port")))
    , m_user(named(new QLineEdit, u"proxyUserEdit"_s, tr("Proxy user name")))
    , m_password(named(new QLineEdit, u"proxyPasswordEdit"_s, tr("Proxy password")))
    , m_note(named(wrappedLabel(u"proxyPasswordNote"_s, Qt::AlignLeft), u"proxyPasswordNote"_s,
                   tr("About the proxy password")))
{
    named(this, u"proxyGroup"_s, tr("Network proxy"));
    m_mode->addItem(tr("Use the system proxy settings"), int(ProxyMode::System));
    m_mode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_mode->addItem(tr("HTTP proxy"), int(ProxyMode::Http));
    m_mode->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
    m_mode->setCurrentIndex(m_mode->findData(int(settings.mode)));

    m_host->setText(settings.host);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setRange(0, kMaxPort);
    m_port->setSpecialValueText(tr("Not set")); // shown for 0
    m_port->setValue(settings.port);
    m_user->setText(settings.user);
    m_user->setPlaceholderText(tr("Only if the proxy asks for one"));
    m_password->setEchoMode(QLineEdit::Password);
    m_note->setTextFormat(Qt::PlainText); // the store's message is never markup
    m_note->hide();

    auto *portLabel = new QLabel(tr("P&ort:"));
    portLabel->setBuddy(m_port);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);

    // A row holding a layout gets no buddy from addRow(), so its label is made here.
    auto *hostLabel = new QLabel(tr("&Host:"));
    hostLabel->setBuddy(m_host);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Proxy:"), m_mode);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_note);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ProxyGroup::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &ProxyGroup::edited);
    updateFields();
}

ProxySettings ProxyGroup::settings() const
{
    ProxySettings settings;
    settings.mode = static_cast<ProxyMode>(m_mode->currentData().toInt());
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.user = m_user->text().trimmed();
    return settings;
}

QString ProxyGroup::problem() const
{
    const ProxySettings proxy = settings();
    if (const QString problem = proxy.problem(); !problem.isEmpty())
        return problem;
    // QNetworkProxy sends a password only with a user name.
    if (proxy.isManual() && proxy.user.isEmpty() && !m_password->text().isEmpty())
        return tr("Enter the user name for the proxy password, or clear the password.");
    return {};
}

bool ProxyGroup::passwordEdited() const
{
    return m_passwordState == PasswordState::Read && m_password->text() != m_savedPassword;
}

QString ProxyGroup::password() const
{
    return m_password->text();
}

void ProxyGroup::markPasswordSaved()
{
    m_savedPassword = m_password->text();
    m_readProblem.clear();
    updateFields();
}

void ProxyGroup::updateFields()
{
    const bool manual = settings().isManual();
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password})
        field->setEnabled(manual);
    if (manual)
        readPasswordOnce();

    if (!manual)
        showNote({});
    else if (!m_readProblem.isEmpty())
        showNote(m_readProblem);
    else if (!m_secrets.persists())
        showNote(tr("No keychain is available: the proxy password is kept only until "
                    "vzaps-desk quits."));
    else
        showNote({});
}

void ProxyGroup::readPasswordOnce()
{
    if (m_passwordState != PasswordState::NotRead)
        return;
    m_passwordState = PasswordState::Reading;
    m_password->setReadOnly(true);
    m_password->setPlaceholderText(tr("Loading the saved password…"));
    m_secrets.read(AppSettings::proxyPasswordKey(), this, [this](const SecretResult &result) {
        m_passwordState = PasswordState::Read;
        m_password->setReadOnly(false);
        m_password->setPlaceholderText(tr("Only with a user name"));
        if (result.ok()) {
            m_savedPassword = result.secret;
            m_password->setText(result.secret);
        } else if (result.status != SecretResult::Status::NotFound) {
            m_readProblem =
                tr("The saved proxy password could not be read: %1").arg(result.message);
        }
        updateFields();
        Q_EMIT edited();
    });
}

void ProxyGroup::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace vzaps::ui

#include "ui/mainwindow/SetupPage.h"

#include "core/api/ApiClient.h"
#include "ui/common/WidgetHelpers.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
    , m_problem(wrappedLabel(u"setupProblem"_s, Qt::AlignLeft))
{
    named(this, u"setupPage"_s, tr("Set up"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *box = new QWidget;
    // A fixed width: wrapped rich text only gets its full height at the width it was laid out for.
    box->setFixedWidth(640);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);

    auto *title = wrappedLabel(u"setupTitle"_s, Qt::AlignLeft);
    title->setText(tr("VZaps Desk needs your VZaps API credentials"));
    title->setAccessibleName(tr("Set up"));
    title->setFont(scaledFont(font(), 1.4, true));

    m_problem->setAccessibleName(tr("Problem"));
    {
        QPalette palette = m_problem->palette();
        palette.setColor(QPalette::WindowText, QColor(0x8a, 0x16, 0x16));
        m_problem->setPalette(palette);
    }
    m_problem->hide();

    // Separate plain labels: each wraps (or not) on its own, so none is cut short.
    auto *intro = wrappedLabel(u"setupText"_s, Qt::AlignLeft);
    intro->setAccessibleName(tr("How to set up"));
    intro->setText(tr("No account is set up yet. Sign in with your account's client token and "
                      "secret (the secret is kept in your system's keychain):"));
    auto *signIn = named(new QPushButton(tr("Sign in…")), u"signInButton"_s, tr("Sign in"));
    connect(signIn, &QPushButton::clicked, this, &SetupPage::signInRequested);
    auto *environment = wrappedLabel(u"setupEnvironment"_s, Qt::AlignLeft);
    environment->setAccessibleName(tr("Credentials from the environment"));
    environment->setText(tr("Or, for scripts, set them in the environment and start VZaps Desk "
                            "again:"));
    auto *commands = new QLabel(u"export VZAPS_CLIENT_TOKEN=…\nexport VZAPS_CLIENT_SECRET=…\n"
                                u"vzaps-desk"_s);
    commands->setObjectName(u"setupCommands"_s);
    commands->setAccessibleName(tr("Commands to set the credentials"));
    commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    commands->setTextInteractionFlags(Qt::TextSelectableByMouse);
    commands->setContentsMargins(16, 2, 0, 2);
    auto *baseUrl = wrappedLabel(u"setupBaseUrl"_s, Qt::AlignLeft);
    baseUrl->setAccessibleName(tr("Other servers"));
    baseUrl->setText(tr("Add --base-url URL to use a server other than %1.")
                         .arg(ApiClient::defaultBaseUrl().toDisplayString()));
    auto *sandboxHint = wrappedLabel(u"setupSandbox"_s, Qt::AlignLeft);
    sandboxHint->setAccessibleName(tr("Sandbox"));
    sandboxHint->setText(tr("No account yet? Try everything against a local sandbox with demo "
                            "data: start vzaps-desk --sandbox, or use this button:"));

    auto *sandbox = named(new QPushButton(tr("Start the sandbox")), u"startSandboxButton"_s,
                          tr("Start the sandbox"));
    connect(sandbox, &QPushButton::clicked, this, &SetupPage::sandboxRequested);

    layout->addWidget(title);
    layout->addWidget(m_problem);
    layout->addWidget(intro);
    layout->addWidget(signIn, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(environment);
    layout->addWidget(commands);
    layout->addWidget(baseUrl);
    layout->addSpacing(6);
    layout->addWidget(sandboxHint);
    layout->addWidget(sandbox, 0, Qt::AlignLeft);
    // Centred by stretches, not by alignment: an aligned item is asked its height for the
    // page's width, not its own, and wrapped labels then come out too short.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
}

void SetupPage::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace vzaps::ui

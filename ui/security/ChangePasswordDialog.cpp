#include "security/ChangePasswordDialog.h"

#include "security/ScramVerifier.h"
#include "security/StepUpAction.h"
#include "security/StepUpDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pm::ui
{

ChangePasswordDialog::ChangePasswordDialog(const pm::store::ConnectionSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Change my password"));
    setObjectName(u"changePasswordDialog"_s);
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_password->setObjectName(u"newPassword"_s);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_problem->setObjectName(u"changePasswordProblem"_s);
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    auto* note = new QLabel(tr("The new password takes effect once you confirm it with a one-time code sent to your "
                               "email address. Your password itself is never sent: only a salted verifier."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Continue…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"changePasswordContinue"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
}

void ChangePasswordDialog::submit()
{
    const QString password = m_password->text();
    if (password.size() < MinimumLength) {
        m_problem->setText(tr("Use at least %1 characters.").arg(MinimumLength));
        return;
    }
    if (password != m_repeat->text()) {
        m_problem->setText(tr("The two entries differ."));
        return;
    }
    if (password == m_settings.password) {
        m_problem->setText(tr("That is the current password."));
        return;
    }
    m_problem->clear();
    const auto action = pm::security::GatedAction::passwordReset(pm::security::ScramVerifier::make(password));
    auto* stepUp = new StepUpDialog(m_settings, action, tr("Change the password of %1").arg(m_settings.user), this);
    stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(stepUp, &QDialog::accepted, this, [this, password] {
        Q_EMIT passwordChanged(password);
        accept();
    });
    stepUp->open();
}

} // namespace pm::ui

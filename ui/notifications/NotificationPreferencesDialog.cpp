#include "notifications/NotificationPreferencesDialog.h"

#include "notifications/NotificationFeedModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pm::notify::Severity;

namespace pm::ui
{

NotificationPreferencesDialog::NotificationPreferencesDialog(pm::notify::NotificationFeedReader* reader,
                                                             QWidget* parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_email(new QLineEdit(this))
    , m_emailEnabled(new QCheckBox(tr("Send notifications by email"), this))
    , m_minSeverity(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Show critical notifications in the desktop tray while the console is open"), this))
    , m_timeZone(new QComboBox(this))
    , m_quiet(new QCheckBox(tr("Quiet hours"), this))
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
    , m_criticalIgnoresQuiet(new QCheckBox(tr("Deliver critical notifications during quiet hours too"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"notificationPreferencesDialog"_s);
    setWindowTitle(tr("Notification preferences"));
    m_email->setObjectName(u"preferencesEmail"_s);
    m_timeZone->setObjectName(u"preferencesTimeZone"_s);
    m_problem->setObjectName(u"preferencesProblem"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_minSeverity->addItem(NotificationFeedModel::severityText(Severity::Info), static_cast<int>(Severity::Info));
    m_minSeverity->addItem(NotificationFeedModel::severityText(Severity::Warning), static_cast<int>(Severity::Warning));
    m_minSeverity->addItem(NotificationFeedModel::severityText(Severity::Critical),
                           static_cast<int>(Severity::Critical));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromLatin1(id));
    }
    m_timeZone->setEditable(true);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_quietStart->setDisplayFormat(u"HH:mm"_s);
    m_quietEnd->setDisplayFormat(u"HH:mm"_s);
    m_quietStart->setTime(QTime(22, 0));
    m_quietEnd->setTime(QTime(7, 0));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();

    auto* quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(new QLabel(tr("from"), this));
    quietRow->addWidget(m_quietStart);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietEnd);
    quietRow->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(m_emailEnabled);
    form->addRow(tr("Email address:"), m_email);
    form->addRow(tr("Email for this severity and above:"), m_minSeverity);
    form->addRow(m_tray);
    form->addRow(tr("Your time zone:"), m_timeZone);
    form->addRow(quietRow);
    form->addRow(m_criticalIgnoresQuiet);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_emailEnabled, &QCheckBox::toggled, this, &NotificationPreferencesDialog::updateEnabled);
    connect(m_quiet, &QCheckBox::toggled, this, &NotificationPreferencesDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NotificationPreferencesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reader, &pm::notify::NotificationFeedReader::preferencesLoaded, this,
            &NotificationPreferencesDialog::setPreferences);
    connect(m_reader, &pm::notify::NotificationFeedReader::preferencesSaved, this, &QDialog::accept);
    connect(m_reader, &pm::notify::NotificationFeedReader::actionFailed, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    });
    setPreferences({});
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); // until the stored ones arrive
    QMetaObject::invokeMethod(m_reader, &pm::notify::NotificationFeedReader::loadPreferences, Qt::QueuedConnection);
}

void NotificationPreferencesDialog::setPreferences(const pm::notify::NotificationPreferences& p)
{
    m_email->setText(p.email);
    m_emailEnabled->setChecked(p.emailEnabled);
    m_minSeverity->setCurrentIndex(m_minSeverity->findData(static_cast<int>(p.emailMinSeverity)));
    m_tray->setChecked(p.trayEnabled);
    m_timeZone->setCurrentText(p.timeZone);
    m_quiet->setChecked(p.quietStart.isValid());
    if (p.quietStart.isValid()) {
        m_quietStart->setTime(p.quietStart);
        m_quietEnd->setTime(p.quietEnd);
    }
    m_criticalIgnoresQuiet->setChecked(p.criticalIgnoresQuiet);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    updateEnabled();
}

void NotificationPreferencesDialog::updateEnabled()
{
    m_email->setEnabled(m_emailEnabled->isChecked());
    m_minSeverity->setEnabled(m_emailEnabled->isChecked());
    m_quietStart->setEnabled(m_quiet->isChecked());
    m_quietEnd->setEnabled(m_quiet->isChecked());
    m_criticalIgnoresQuiet->setEnabled(m_quiet->isChecked());
}

pm::notify::NotificationPreferences NotificationPreferencesDialog::preferences(QString* error) const
{
    pm::notify::NotificationPreferences p;
    error->clear();
    p.email = m_email->text().trimmed();
    p.emailEnabled = m_emailEnabled->isChecked();
    p.emailMinSeverity = static_cast<Severity>(m_minSeverity->currentData().toInt());
    p.trayEnabled = m_tray->isChecked();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.criticalIgnoresQuiet = m_criticalIgnoresQuiet->isChecked();
    if (m_quiet->isChecked()) {
        p.quietStart = m_quietStart->time();
        p.quietEnd = m_quietEnd->time();
    }
    static const QRegularExpression emailPattern(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_s);
    if (p.emailEnabled && p.email.isEmpty()) {
        *error = tr("Enter the email address notifications should go to, or turn email off.");
    } else if (!p.email.isEmpty() && !emailPattern.match(p.email).hasMatch()) {
        *error = tr("\"%1\" is not an email address.").arg(p.email);
    } else if (!QTimeZone(p.timeZone.toLatin1()).isValid()) {
        *error = tr("\"%1\" is not a time zone this computer knows. Pick one from the list, e.g. Europe/Berlin.")
                     .arg(p.timeZone);
    } else if (m_quiet->isChecked() && p.quietStart == p.quietEnd) {
        *error = tr("Quiet hours need different start and end times.");
    }
    return p;
}

void NotificationPreferencesDialog::save()
{
    QString error;
    const pm::notify::NotificationPreferences p = preferences(&error);
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, p] { reader->savePreferences(p); }, Qt::QueuedConnection);
}

} // namespace pm::ui

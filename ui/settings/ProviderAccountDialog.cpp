#include "settings/ProviderAccountDialog.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pm::providers::ProviderCatalog;

namespace pm::ui
{

ProviderAccountDialog::ProviderAccountDialog(const pm::providers::ProviderAccount& account, QWidget* parent)
    : QDialog(parent)
    , m_original(account)
    , m_provider(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_credential(new QLineEdit(this))
    , m_credentialLabel(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Enabled (polled on its schedule)"), this))
    , m_settingsForm(new QFormLayout)
    , m_limitCalls(new QCheckBox(tr("At most"), this))
    , m_maxCalls(new QSpinBox(this))
    , m_limitCost(new QCheckBox(tr("At most"), this))
    , m_maxCost(new QDoubleSpinBox(this))
    , m_costPerCall(new QDoubleSpinBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
{
    setObjectName(u"providerAccountDialog"_s);
    setWindowTitle(account.id == 0 ? tr("Add provider account") : tr("Edit provider account"));
    m_name->setObjectName(u"accountName"_s);
    m_baseUrl->setObjectName(u"accountBaseUrl"_s);
    m_credential->setObjectName(u"accountCredential"_s);
    m_provider->setObjectName(u"accountProvider"_s);
    m_result->setObjectName(u"accountResult"_s);
    m_test->setObjectName(u"accountTest"_s);
    for (const auto& info : ProviderCatalog::all()) {
        m_provider->addItem(info.displayName, info.id);
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(account.provider)));
    m_provider->setEnabled(account.id == 0); // an account's provider does not change
    m_name->setText(account.name);
    m_baseUrl->setText(account.baseUrl);
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(account.id == 0 ? QString() : tr("Leave empty to keep the stored one"));
    m_enabled->setChecked(account.enabled);
    m_maxCalls->setRange(0, 100'000'000);
    m_maxCalls->setGroupSeparatorShown(true);
    m_maxCalls->setSuffix(tr(" calls a month"));
    m_maxCalls->setValue(account.maxCallsPerMonth.value_or(10'000));
    m_limitCalls->setChecked(account.maxCallsPerMonth.has_value());
    m_maxCost->setRange(0, 1'000'000);
    m_maxCost->setDecimals(2);
    m_maxCost->setSuffix(tr(" USD a month"));
    m_maxCost->setValue(account.maxCostPerMonth.value_or(50));
    m_limitCost->setChecked(account.maxCostPerMonth.has_value());
    m_costPerCall->setRange(0, 100);
    m_costPerCall->setDecimals(6);
    m_costPerCall->setSuffix(tr(" USD"));
    m_costPerCall->setValue(account.costPerCall);
    m_result->setWordWrap(true);
    m_result->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_baseUrl);
    form->addRow(m_credentialLabel, m_credential);
    form->addRow(m_enabled);

    auto* budget = new QGroupBox(tr("Monthly budget (calls over it are refused before they are sent)"), this);
    auto* budgetForm = new QFormLayout(budget);
    auto* callsRow = new QHBoxLayout;
    callsRow->addWidget(m_limitCalls);
    callsRow->addWidget(m_maxCalls, 1);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(m_limitCost);
    costRow->addWidget(m_maxCost, 1);
    budgetForm->addRow(tr("Calls:"), callsRow);
    budgetForm->addRow(tr("Spending:"), costRow);
    budgetForm->addRow(tr("Cost of one call:"), m_costPerCall);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"accountSave"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_settingsForm);
    layout->addWidget(budget);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        const auto* info = ProviderCatalog::find(m_provider->currentData().toString());
        if (info && (m_baseUrl->text().isEmpty() || m_original.id == 0)) {
            m_baseUrl->setText(info->defaultBaseUrl);
        }
        rebuildSettings();
    });
    connect(m_limitCalls, &QCheckBox::toggled, m_maxCalls, &QWidget::setEnabled);
    connect(m_limitCost, &QCheckBox::toggled, m_maxCost, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderAccountDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        QString error;
        const auto a = this->account(&error);
        if (!error.isEmpty()) {
            showTestResult(false, error);
            return;
        }
        m_test->setEnabled(false);
        m_result->setText(tr("Testing…"));
        m_result->setStyleSheet({});
        m_result->show();
        Q_EMIT testRequested(a, credential());
    });
    m_maxCalls->setEnabled(m_limitCalls->isChecked());
    m_maxCost->setEnabled(m_limitCost->isChecked());
    if (m_baseUrl->text().isEmpty()) {
        if (const auto* info = ProviderCatalog::find(m_provider->currentData().toString())) {
            m_baseUrl->setText(info->defaultBaseUrl);
        }
    }
    rebuildSettings();
}

void ProviderAccountDialog::rebuildSettings()
{
    while (m_settingsForm->rowCount() > 0) {
        m_settingsForm->removeRow(0);
    }
    m_settingFields.clear();
    const auto* info = ProviderCatalog::find(m_provider->currentData().toString());
    if (!info) {
        return;
    }
    m_credentialLabel->setText(info->credentialLabel + u':');
    for (const auto& setting : info->settings) {
        auto* field = new QLineEdit(this);
        field->setObjectName(u"setting_"_s + setting.key);
        field->setPlaceholderText(setting.placeholder);
        field->setText(m_original.settings.value(setting.key).toVariant().toString());
        m_settingsForm->addRow(setting.label + (setting.required ? u" *:"_s : u":"_s), field);
        m_settingFields.insert(setting.key, field);
    }
}

pm::providers::ProviderAccount ProviderAccountDialog::account(QString* error) const
{
    pm::providers::ProviderAccount a = m_original;
    a.provider = m_provider->currentData().toString();
    a.name = m_name->text().trimmed();
    a.baseUrl = m_baseUrl->text().trimmed();
    a.enabled = m_enabled->isChecked();
    QJsonObject settings = m_original.settings;
    for (auto it = m_settingFields.cbegin(); it != m_settingFields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value.isEmpty()) {
            settings.remove(it.key());
        } else {
            settings.insert(it.key(), value);
        }
    }
    a.settings = settings;
    a.maxCallsPerMonth = m_limitCalls->isChecked() ? std::optional<int>(m_maxCalls->value()) : std::nullopt;
    a.maxCostPerMonth = m_limitCost->isChecked() ? std::optional<double>(m_maxCost->value()) : std::nullopt;
    a.costPerCall = m_costPerCall->value();
    *error = pm::providers::ProviderAccountStore::validate(a);
    if (error->isEmpty() && a.id == 0 && credential().isEmpty()) {
        const auto* info = ProviderCatalog::find(a.provider);
        *error = tr("Enter the %1.").arg(info ? info->credentialLabel : tr("credential"));
    }
    return a;
}

QString ProviderAccountDialog::credential() const
{
    return m_credential->text().trimmed();
}

void ProviderAccountDialog::showTestResult(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    m_save->setEnabled(true);
    m_result->setText(message);
    m_result->setStyleSheet(ok ? u"color: #1b7f3b"_s : u"color: #b00020"_s);
    m_result->show();
}

void ProviderAccountDialog::tryAccept()
{
    QString error;
    const auto a = account(&error);
    if (!error.isEmpty()) {
        showTestResult(false, error);
        return;
    }
    m_save->setEnabled(false);
    m_result->setText(tr("Saving…"));
    m_result->setStyleSheet({});
    m_result->show();
    Q_EMIT saveRequested(a, credential());
}

} // namespace pm::ui

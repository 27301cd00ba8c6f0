#pragma once

#include "store/ConnectionSettings.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pm::ui
{

/**
 * A high-sensitivity export (tenant revenue, audit log, incident history) as CSV or PDF. The rows
 * come from the database only through the gated export call, after the one-time code: the dialog
 * chooses what and where, StepUpDialog confirms, then the file is written off the GUI thread
 * (atomically: an existing file is replaced only by a complete one).
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const pm::store::ConnectionSettings& settings, const QString& operatorLabel,
                 QWidget* parent = nullptr);

    /// Preselects a dataset: tenant_revenue, audit_log or incident_history.
    void setDataset(const QString& dataset);
    QString outputPath() const;

Q_SIGNALS:
    void exported(const QString& path, int rows);

private:
    void browse();
    void start();
    void onConfirmed(const QJsonObject& payload);
    void datasetChanged();
    void suggestPath();
    QJsonObject filters() const;

    pm::store::ConnectionSettings m_settings;
    QString m_operatorLabel;
    QComboBox* m_dataset;
    QComboBox* m_format;
    QCheckBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_path;
    QLabel* m_result;
    QPushButton* m_run;
    bool m_pathEdited = false;
    QJsonObject m_unsaved;       ///< confirmed rows whose file could not be written yet
    QJsonObject m_unsavedParams; ///< what they were confirmed for
};

} // namespace pm::ui

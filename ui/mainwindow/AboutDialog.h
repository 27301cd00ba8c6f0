#pragma once

#include "store/ConnectionState.h"

#include <QDialog>

namespace pm::ui
{

/// Versions of everything a support request needs: the console, Qt, the database and its schema.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const pm::store::ServerInfo& server, QWidget* parent = nullptr);

    /// The version lines shown, for tests and "Copy to clipboard".
    QString versionText() const { return m_versions; }

private:
    QString m_versions;
};

} // namespace pm::ui

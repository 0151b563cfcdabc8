#pragma once

#include "core/background.h"
#include "remote/connectionoptions.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

// Where the credentials for the Image API come from, in OpenStack's conventions: a clouds.yaml cloud,
// Keystone (password or application credential), a token plus an image URL, or an image URL alone; the
// TLS settings; and the glance-api nodes. Edits a ConnectionOptions and a node list as values; keeps
// nothing itself. Secrets stay in the fields (echo mode Password) and in the returned value only.
// The clouds of clouds.yaml are read on a worker thread; a newer read supersedes an older one.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Cloud, Keystone, Token, ImageUrl };

    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the fields; the source page is chosen from what options sets (cloud, then Keystone, then token).
    void setOptions(const ConnectionOptions &options, const QStringList &nodes);
    // The values of the chosen source only (the other pages' fields are left out), TLS settings included.
    ConnectionOptions options() const;
    // Non-empty lines of the node list, trimmed.
    QStringList nodes() const;
    Source source() const;
    void setSource(Source source);
    // A sentence shown above the buttons (why the dialog was opened, e.g. the last connection error).
    void setMessage(const QString &message);

    // Lists the clouds of the clouds.yaml found with env and cwd (openstacksdk's search order). The
    // constructor starts this with the process's environment.
    void loadClouds(const QProcessEnvironment &env, const QString &cwd);

    // Empty when the values can be used, else a sentence naming what is wrong. Pure: no I/O.
    QString problem() const;

    void accept() override;

Q_SIGNALS:
    void cloudsLoaded(); // the cloud list was replaced (for tests)

private:
    void browseCaBundle();
    void updateSource();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    BackgroundLane m_cloudsRead { this };
};

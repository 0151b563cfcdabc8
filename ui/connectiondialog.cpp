#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include "filechooser.h"
#include "screenfit.h"
#include "remote/cloudsyaml.h"

#include <QDir>
#include <QFormLayout>
#include <QPushButton>
#include <QScrollArea>

namespace {

struct CloudList
{
    QStringList names;
    QString file;
    QString error;
};

// Runs on a worker: clouds.yaml is a file.
CloudList readClouds(const QProcessEnvironment &env, const QString &cwd)
{
    CloudList list;
    CloudsYaml yaml;
    if (yaml.load(env, cwd, &list.error)) {
        list.names = yaml.cloudNames();
        list.file = yaml.cloudsFile();
    }
    return list;
}

const QColor warningColour(0xb2, 0x3c, 0x00); // as the entry tables' attention rows

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The catalog's defaults stay the cloud's unless a person picks an interface.
    m_ui->interfaceCombo->insertItem(0, tr("The cloud's, else public"));
    m_ui->interfaceCombo->setCurrentIndex(0);
    QPalette warning = m_ui->insecureWarning->palette();
    warning.setColor(QPalette::WindowText, warningColour);
    m_ui->insecureWarning->setPalette(warning);
    m_ui->errorLabel->setPalette(warning);
    QFont bold = m_ui->insecureWarning->font();
    bold.setBold(true);
    m_ui->insecureWarning->setFont(bold);
    m_ui->insecureWarning->setVisible(false);
    connect(m_ui->insecureCheck, &QCheckBox::toggled, m_ui->insecureWarning, &QWidget::setVisible);
    connect(m_ui->caBundleBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseCaBundle);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateSource);
    m_ui->cloudsFileLabel->setText(tr("Looking for clouds.yaml…"));
    // One label column for the source line, every page and the catalog rows, though they are separate forms.
    const QList<QFormLayout *> forms = { m_ui->sourceLayout, m_ui->cloudLayout, m_ui->keystoneLayout, m_ui->tokenLayout,
        m_ui->noAuthLayout, m_ui->catalogLayout };
    int labelWidth = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                if (QWidget *label = item ? item->widget() : nullptr)
                    pass == 0 ? void(labelWidth = qMax(labelWidth, label->sizeHint().width()))
                              : label->setMinimumWidth(labelWidth);
            }
        }
    }
    // The whole form, with room for the longest page, where the screen has room for it; on a small screen (or
    // at scale 2) the three groups scroll and the error line and OK/Cancel stay in view.
    const QSize natural = sizeHint();
    updateSource();
    resize(qMax(640, natural.width()), natural.height());
    QScrollArea *scroll = ScreenFit::scrollable(m_ui->layout, 0, 3);
    scroll->setObjectName(QStringLiteral("formScroll"));
    ScreenFit::keepOnScreen(this);
    loadClouds(QProcessEnvironment::systemEnvironment(), QDir::currentPath());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::loadClouds(const QProcessEnvironment &env, const QString &cwd)
{
    // A newer read (another environment) makes this one stale: the lane drops its answer.
    m_cloudsRead.run([env, cwd]() { return readClouds(env, cwd); }, [this](const CloudList &list) {
        const QString typed = m_ui->cloudCombo->currentText();
        m_ui->cloudCombo->clear();
        m_ui->cloudCombo->addItems(list.names);
        m_ui->cloudCombo->setEditText(typed);
        if (!list.error.isEmpty())
            m_ui->cloudsFileLabel->setText(list.error);
        else if (list.file.isEmpty())
            m_ui->cloudsFileLabel->setText(
                tr("No clouds.yaml found; a cloud name typed here is looked up when connecting."));
        else
            m_ui->cloudsFileLabel->setText(tr("%Ln cloud(s) in %1", nullptr, int(list.names.size())).arg(list.file));
        Q_EMIT cloudsLoaded();
    });
}

void ConnectionDialog::setOptions(const ConnectionOptions &o, const QStringList &nodes)
{
    Source source = Source::ImageUrl;
    if (!o.cloud.isEmpty())
        source = Source::Cloud;
    else if (!o.authUrl.isEmpty() || !o.username.isEmpty() || !o.applicationCredentialId.isEmpty())
        source = Source::Keystone;
    else if (!o.authToken.isEmpty())
        source = Source::Token;
    m_ui->cloudCombo->setEditText(o.cloud);
    m_ui->authUrlEdit->setText(o.authUrl);
    m_ui->usernameEdit->setText(o.username);
    m_ui->passwordEdit->setText(o.password);
    m_ui->projectNameEdit->setText(o.projectName);
    m_ui->userDomainEdit->setText(o.userDomainName);
    m_ui->projectDomainEdit->setText(o.projectDomainName);
    m_ui->appCredIdEdit->setText(o.applicationCredentialId);
    m_ui->appCredSecretEdit->setText(o.applicationCredentialSecret);
    m_ui->tokenEdit->setText(o.authToken);
    m_ui->tokenImageUrlEdit->setText(o.imageUrl);
    m_ui->imageUrlEdit->setText(o.imageUrl);
    m_ui->regionEdit->setText(o.regionName);
    const int iface = o.interface.isEmpty() ? 0 : m_ui->interfaceCombo->findText(o.interface);
    m_ui->interfaceCombo->setCurrentIndex(qMax(0, iface));
    m_ui->caBundleEdit->setText(o.cacert);
    m_ui->insecureCheck->setChecked(o.insecure);
    m_ui->nodesEdit->setPlainText(nodes.join(u'\n'));
    setSource(source);
}

ConnectionDialog::Source ConnectionDialog::source() const
{
    return Source(m_ui->sourceCombo->currentIndex());
}

void ConnectionDialog::setSource(Source source)
{
    m_ui->sourceCombo->setCurrentIndex(int(source));
}

void ConnectionDialog::updateSource()
{
    m_ui->sourcePages->setCurrentIndex(m_ui->sourceCombo->currentIndex());
    // The stack as tall as the page shown, not the longest: a short page leaves no gap to scroll past.
    for (int i = 0; i < m_ui->sourcePages->count(); ++i) {
        const auto policy = i == m_ui->sourcePages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_ui->sourcePages->widget(i)->setSizePolicy(policy, policy);
    }
    const Source s = source();
    m_ui->catalogWidget->setVisible(s == Source::Cloud || s == Source::Keystone);
}

ConnectionOptions ConnectionDialog::options() const
{
    ConnectionOptions o;
    const Source s = source();
    if (s == Source::Cloud) {
        o.cloud = m_ui->cloudCombo->currentText().trimmed();
    } else if (s == Source::Keystone) {
        o.authUrl = m_ui->authUrlEdit->text().trimmed();
        o.username = m_ui->usernameEdit->text().trimmed();
        o.password = m_ui->passwordEdit->text();
        o.projectName = m_ui->projectNameEdit->text().trimmed();
        o.userDomainName = m_ui->userDomainEdit->text().trimmed();
        o.projectDomainName = m_ui->projectDomainEdit->text().trimmed();
        o.applicationCredentialId = m_ui->appCredIdEdit->text().trimmed();
        o.applicationCredentialSecret = m_ui->appCredSecretEdit->text();
    } else if (s == Source::Token) {
        o.authToken = m_ui->tokenEdit->text().trimmed();
        o.imageUrl = m_ui->tokenImageUrlEdit->text().trimmed();
    } else {
        o.imageUrl = m_ui->imageUrlEdit->text().trimmed();
    }
    if (s == Source::Cloud || s == Source::Keystone) {
        o.regionName = m_ui->regionEdit->text().trimmed();
        if (m_ui->interfaceCombo->currentIndex() > 0)
            o.interface = m_ui->interfaceCombo->currentText();
    }
    o.cacert = m_ui->caBundleEdit->text().trimmed();
    o.insecure = m_ui->insecureCheck->isChecked();
    return o;
}

QStringList ConnectionDialog::nodes() const
{
    QStringList nodes;
    const QStringList lines = m_ui->nodesEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            nodes.append(line.trimmed());
    }
    return nodes;
}

QString ConnectionDialog::problem() const
{
    const QStringList nodeUrls = nodes();
    for (const QString &node : nodeUrls) {
        if (!isHttpUrl(node))
            return tr("The node “%1” is not an http:// or https:// URL.").arg(node);
    }
    const ConnectionOptions o = options();
    switch (source()) {
    case Source::Cloud:
        if (o.cloud.isEmpty() && nodeUrls.isEmpty())
            return tr("Choose a cloud of clouds.yaml, another source of credentials, or at least one node.");
        return {}; // the cloud is read when connecting, off the GUI thread
    case Source::Keystone:
        if (!isHttpUrl(o.authUrl))
            return tr("The auth URL must be an http:// or https:// URL.");
        break;
    case Source::Token:
        if (!isHttpUrl(o.imageUrl))
            return tr("The image URL must be an http:// or https:// URL.");
        break;
    case Source::ImageUrl:
        if (o.imageUrl.isEmpty()) // Glance without Keystone, reached through its nodes
            return nodeUrls.isEmpty() ? tr("Give an image URL or at least one node.") : QString();
        if (!isHttpUrl(o.imageUrl))
            return tr("The image URL must be an http:// or https:// URL.");
        break;
    }
    ResolvedConnection resolved;
    QString error;
    return o.resolve(&resolved, &error) ? QString() : error;
}

void ConnectionDialog::setMessage(const QString &message)
{
    m_ui->errorLabel->setText(message);
}

void ConnectionDialog::accept()
{
    const QString why = problem();
    m_ui->errorLabel->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

void ConnectionDialog::browseCaBundle()
{
    FileChooser::openFile(this, tr("CA bundle"), m_ui->caBundleEdit->text(),
                          tr("PEM certificates (*.pem *.crt);;All files (*)"),
                          [this](const QString &file) { m_ui->caBundleEdit->setText(file); });
}

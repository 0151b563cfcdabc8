#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// What Glance's image list (GET /v2/images) called each image, as one lookup found it. A value: copies share
// one immutable table, so any thread may read it and handing it to a worker costs nothing.
// Default-constructed it knows nothing (no connection, or no answer yet): isKnown() is false and the GUI
// shows no Name column at all, rather than a column of placeholders.
class ImageNames
{
public:
    ImageNames() = default;
    // Names by image ID (either case; stored in Glance's lower-case form). An image Glance lists without a
    // name has an empty one: listed() is still true for it.
    explicit ImageNames(const QHash<QString, QString> &namesById);

    bool isKnown() const { return m_names != nullptr; }
    int size() const { return m_names ? int(m_names->size()) : 0; }
    // True when the lookup listed id (named or not). False for deleted images, images the token may not see
    // and hidden ones, which Glance leaves out of its list.
    bool listed(const QString &id) const;
    // The listed name, or empty (not listed, unnamed, or nothing known).
    QString name(const QString &id) const;
    // True when a lookup was made and id, an image ID, is not in it: the tables show a placeholder.
    bool isMissing(const QString &id) const;
    // True when filter (case-insensitive) is part of id or of its name.
    bool matches(const QString &id, const QString &filter) const;
    // "ID  name" lines for confirmations; ids unchanged when nothing is known. Unlisted images are said to
    // be "(deleted or not visible)": in plain text a lone dash would explain nothing.
    QStringList describe(const QStringList &ids) const;

    // What a table shows for an image the lookup did not list: an em dash, drawn in grey.
    static QString placeholder();
    // Why an image has the placeholder, for its tooltip and for text without a tooltip (translated).
    static QString missingText();
    static QString missingExplanation();

private:
    std::shared_ptr<const QHash<QString, QString>> m_names;
};

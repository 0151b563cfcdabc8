#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>

class CachedImagesModel;
class QItemSelectionModel;

// A treemap of the cached images: one tile per visible row of a CachedImagesModel, its area the image's
// size, its colour how soon prune would evict it (warm = first to go, cool = last). The largest
// maxTiles() images get tiles of their own; the rest share one grey aggregate tile, so a million-row
// cache costs one linear pass when the model changes and paints only from a cached layout.
// Selection is shared both ways through the view's QItemSelectionModel. GUI thread only.
class TreemapWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxTiles = 3000;
    static constexpr int LabelPadding = 4; // inside a tile, around its label

    explicit TreemapWidget(QWidget *parent = nullptr);
    ~TreemapWidget() override;

    // Shows model's visible rows and shares selection, which must be a selection model over model (the
    // table's). Owns neither; either may be null, and both may be replaced by calling this again.
    void setModel(CachedImagesModel *model, QItemSelectionModel *selection);

    // How many of the largest images get a tile of their own (at least 1).
    void setMaxTiles(int count);
    int maxTiles() const { return m_maxTiles; }

    // The layout as painted, for tests and tools. They bring the cached layout up to date first.
    // The row (of the model) whose tile is at pos, or -1 for empty space and the aggregate tile.
    int rowAt(const QPoint &pos) const;
    // The tile of row in widget coordinates; empty when the row is in the aggregate tile or too small
    // to cover a pixel.
    QRect tileRect(int row) const;
    // Whether row's tile is drawn as selected.
    bool isHighlighted(int row) const;
    // Rows with a tile of their own, and rows folded into the aggregate tile.
    int tileCount() const;
    int aggregatedCount() const;
    QRect aggregateRect() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Tile
    {
        int row = -1;
        qint64 bytes = 0;
        double evictionFraction = 0; // < 0: no prune order known
        bool attention = false;
        bool highlighted = false;
        QString label; // shortened image ID
        QRect rect; // snapped to pixels, in widget coordinates
    };

    void modelChanged();
    void selectionChanged();
    // Brings the caches below up to date: rows, then geometry, then highlights, each only when stale.
    void ensureLayout() const;
    void collectTiles() const;
    void layoutTiles() const;
    void updateHighlights() const;
    int tileAt(const QPoint &pos) const; // index into m_tiles, or -1
    QRect legendRect() const; // the colour key along the bottom; empty when there is no room
    QString toolTipForRow(int row) const;
    QString toolTipForAggregate() const;
    void paintLegend(QPainter &painter) const;

    QPointer<CachedImagesModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    int m_maxTiles = DefaultMaxTiles;

    // Caches filled on demand by ensureLayout(), so hidden widgets and bursts of model signals cost
    // nothing until the next paint or query.
    mutable QVector<Tile> m_tiles; // largest first
    mutable int m_restCount = 0;
    mutable qint64 m_restBytes = 0;
    mutable bool m_restHighlighted = false;
    mutable QRect m_restRect;
    mutable bool m_tilesStale = true;
    mutable bool m_geometryStale = true;
    mutable bool m_highlightsStale = true;
};

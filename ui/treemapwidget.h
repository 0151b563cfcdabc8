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
// The aggregate can be entered (double-click, Enter, its context menu): the treemap then lays out only
// its images, again the largest maxTiles() with tiles of their own and the rest in a new aggregate, and
// a breadcrumb along the top leads back out (click, Backspace, Alt+Up, the mouse's back button).
// Selection and the current image are shared both ways through the view's QItemSelectionModel; the
// keyboard moves between geometric neighbours. The context menu offers the widget's actions() (the
// window gives it the table's, so both menus are the same QAction objects). GUI thread only.
class TreemapWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxTiles = 3000;
    static constexpr int LabelPadding = 4; // inside a tile, around its label

    explicit TreemapWidget(QWidget *parent = nullptr);
    ~TreemapWidget() override;

    // Shows model's visible rows and shares selection, which must be a selection model over model (the
    // table's). Owns neither; either may be null, and both may be replaced by calling this again, which
    // also goes back to the top level.
    void setModel(CachedImagesModel *model, QItemSelectionModel *selection);

    // How many of the largest images get a tile of their own (at least 1).
    void setMaxTiles(int count);
    int maxTiles() const { return m_maxTiles; }

    // Levels: 0 is every image; level n the images of level n - 1's aggregate tile. A level is kept by
    // its size threshold (and the image at it), so it survives re-reads of the same cache; it is dropped
    // when it ends up empty or its upper level no longer has an aggregate.
    int level() const;
    // Zooms into the aggregate tile; false (and nothing changes) when there is none.
    bool enterAggregate();
    // Goes back out to level (0: every image); levels deeper than the current one are ignored.
    void leaveTo(int level);
    // The breadcrumb's parts, "All images" first; only shown while level() > 0.
    QStringList breadcrumb() const;
    // Where breadcrumb part level is drawn (a click there leaves to it); empty when not drawn.
    QRect breadcrumbRect(int level) const;

    // The layout as painted, for tests and tools. They bring the cached layout up to date first.
    // The row (of the model) whose tile is at pos, or -1 for empty space and the aggregate tile.
    int rowAt(const QPoint &pos) const;
    // The tile of row in widget coordinates; empty when the row is in the aggregate tile, outside this
    // level, or too small to cover a pixel.
    QRect tileRect(int row) const;
    // Whether row's tile is drawn as selected.
    bool isHighlighted(int row) const;
    // Rows with a tile of their own, and rows of this level folded into the aggregate tile.
    int tileCount() const;
    int aggregatedCount() const;
    QRect aggregateRect() const;
    // The keyboard's current tile: a model row, -1 for none or the aggregate (then aggregateIsCurrent()).
    int currentRow() const;
    bool aggregateIsCurrent() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public Q_SLOTS:
    // Back to every image, nothing current; the window calls it when another cache is opened.
    void showAll();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

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
    // An entered aggregate: the images smaller than the smallest own tile of the level above, or as
    // large and after it in the model's order (as TreemapLayout::largest breaks ties).
    struct Level
    {
        qint64 boundBytes = 0;
        QString boundKey; // the image ID of that smallest own tile
        int count = 0; // images in the level, at the last collection
        qint64 bytes = 0;
    };
    struct Crumb
    {
        int level = -1; // -1: the "…" standing for parts left out
        QString text;
        QRect rect;
    };

    void modelChanged();
    void selectionChanged();
    void currentChanged();
    // Brings the caches below up to date: rows, then geometry, then highlights, each only when stale.
    void ensureLayout() const;
    void collectTiles() const;
    // One pass over the model: every row's size into bytes and its depth (the deepest level holding it)
    // into m_depth (left empty at the top level), with each level's count and bytes.
    void readRows(QVector<qint64> &bytes) const;
    void layoutTiles() const;
    void updateHighlights() const;
    int tileAt(const QPoint &pos) const; // index into m_tiles, or -1
    int currentTile() const; // index into m_tiles, m_tiles.size() for the aggregate, or -1
    QRect tileRectAt(int tile) const; // m_tiles.size(): the aggregate
    QRect legendRect() const; // the colour key along the bottom; empty when there is no room
    QRect breadcrumbArea() const; // the strip along the top; empty at level 0
    QVector<Crumb> crumbs() const;
    QString toolTipForRow(int row) const;
    QString toolTipForAggregate() const;
    QString describeCurrent() const; // the accessible description: what the current tile is
    void updateAccessibleDescription();
    void paintLegend(QPainter &painter) const;
    void paintBreadcrumb(QPainter &painter) const;
    void paintFocus(QPainter &painter) const;

    // treemapwidgetinput.cpp: the keyboard, the mouse's other buttons and the context menu.
    bool navigate(QKeyEvent *event);
    // Makes tile current (m_tiles.size(): the aggregate) with flags on its image's selection.
    void setCurrentTile(int tile, int flags);
    void leaveOneLevel();

    QPointer<CachedImagesModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    int m_maxTiles = DefaultMaxTiles;
    bool m_aggregateCurrent = false; // the keyboard is on the aggregate tile, not on the selection's current

    // Caches filled on demand by ensureLayout(), so hidden widgets and bursts of model signals cost
    // nothing until the next paint or query.
    mutable QVector<Level> m_levels; // entered levels, outermost first: empty at the top
    mutable QVector<quint16> m_depth; // per model row: the deepest level holding it
    mutable QVector<Tile> m_tiles; // largest first
    mutable int m_topCount = 0; // rows of level 0
    mutable qint64 m_topBytes = 0;
    mutable int m_restCount = 0;
    mutable qint64 m_restBytes = 0;
    mutable bool m_restHighlighted = false;
    mutable QRect m_restRect;
    mutable bool m_tilesStale = true;
    mutable bool m_geometryStale = true;
    mutable bool m_highlightsStale = true;
};

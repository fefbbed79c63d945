// Dicom_Annotation*: the annotation model: its JSON (the sync format), undo/redo of every
// change, hit-testing for the eraser and selection, snapshots, and keeping layers in the store.
#include "AnnotationDocument.h"
#include "AnnotationGeometry.h"
#include "AnnotationPainter.h"
#include "AnnotationRepository.h"
#include "LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

AnnotationItem arrow(QPointF from, QPointF to, QColor color = Qt::yellow, double width = 3)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Arrow;
    item.id = QUuid::createUuid();
    item.from = from;
    item.to = to;
    item.color = color;
    item.width = width;
    return item;
}

AnnotationItem pen(QList<QPointF> points)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Pen;
    item.id = QUuid::createUuid();
    item.points = std::move(points);
    return item;
}

const AnnotationTarget kFrame3{u"1.2.3.4"_s, 3};
const AnnotationTarget kSeries{};

} // namespace

TEST(Dicom_AnnotationJsonTest, RoundTripKeepsUnknownKindsAndFields)
{
    const QJsonObject original = parse(R"({
        "version": 1, "seriesInstanceUid": "1.2.3", "sopInstanceUid": "1.2.3.4", "frame": 3,
        "origin": "web",
        "items": [
          {"kind": "arrow", "id": "6f1c2d9e-4b7a-4f3e-9a51-0c8e2b7d4a11", "from": [10.5, 20.5],
           "to": [40.5, 60.5], "color": "#ff0000", "width": 4, "author": "123456"},
          {"kind": "pen", "id": "6f1c2d9e-4b7a-4f3e-9a51-0c8e2b7d4a12",
           "points": [[1, 2], [3, 4], [5, 7]], "color": "#00ff00", "width": 2},
          {"kind": "text", "id": "6f1c2d9e-4b7a-4f3e-9a51-0c8e2b7d4a13", "at": [100, 50],
           "text": "LAD #7 90% 狭窄", "color": "#ffffff", "size": 18},
          {"kind": "ellipse", "center": [5, 5], "radii": [2, 3], "color": "#0000ff"},
          {"kind": "arrow", "from": "broken"}
        ]})");
    const Expected<AnnotationLayer> layer = annotationLayerFromJson(original);
    ASSERT_TRUE(layer) << layer.error().message.toStdString();
    ASSERT_EQ(layer->items.size(), 5);
    EXPECT_EQ(layer->target.frame, 3);
    EXPECT_EQ(layer->target.sopInstanceUid, u"1.2.3.4"_s);
    const AnnotationItem& first = layer->items[0];
    EXPECT_EQ(first.kind, AnnotationItem::Kind::Arrow);
    EXPECT_EQ(first.from, QPointF(10.5, 20.5));
    EXPECT_EQ(first.to, QPointF(40.5, 60.5));
    EXPECT_EQ(first.color, QColor(255, 0, 0));
    EXPECT_EQ(first.width, 4);
    EXPECT_EQ(layer->items[1].points.size(), 3);
    EXPECT_EQ(layer->items[2].text, u"LAD #7 90% 狭窄"_s);
    EXPECT_EQ(layer->items[3].kind, AnnotationItem::Kind::Unknown);
    EXPECT_EQ(layer->items[4].kind, AnnotationItem::Kind::Unknown); // kept, not shown

    // Written back, everything read comes out the same, unknown parts included.
    EXPECT_EQ(annotationLayerToJson(*layer), original);
}

TEST(Dicom_AnnotationJsonTest, WholeSeriesHasANullFrameAndNewerFormatsAreRefused)
{
    AnnotationLayer layer;
    layer.seriesInstanceUid = u"1.2.3"_s;
    layer.items = {arrow({1, 1}, {9, 9})};
    const QJsonObject json = annotationLayerToJson(layer);
    EXPECT_TRUE(json.value(u"frame"_s).isNull());
    EXPECT_FALSE(json.contains(u"sopInstanceUid"_s));
    const Expected<AnnotationLayer> back = annotationLayerFromJson(json);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->target.isWholeSeries());
    EXPECT_EQ(back->items, layer.items);

    EXPECT_FALSE(annotationLayerFromJson(parse(R"({"version": 2, "items": []})")));
    EXPECT_FALSE(annotationLayerFromJson(parse(R"({"version": 1})")));
}

TEST(Dicom_AnnotationDocumentTest, EveryChangeUndoesAndRedoes)
{
    AnnotationDocument document(u"1.2.3"_s);
    QSignalSpy changed(&document, &AnnotationDocument::layerChanged);
    QUndoStack& stack = *document.undoStack();
    const AnnotationItem a = arrow({10, 10}, {50, 50});
    const AnnotationItem b = pen({{5, 5}, {6, 9}});

    document.addItem(kFrame3, a);
    document.addItem(kSeries, b);
    EXPECT_EQ(document.itemsShownOn(kFrame3), (QList<AnnotationItem>{a, b}));
    EXPECT_EQ(document.itemsShownOn(AnnotationTarget{u"1.2.3.4"_s, 4}),
              (QList<AnnotationItem>{b})); // the series drawing shows on every frame

    AnnotationItem moved = translatedItem(a, {5, -2});
    document.changeItem(moved, u"Move"_s);
    AnnotationItem recoloured = moved;
    recoloured.color = Qt::red;
    document.changeItem(recoloured, u"Colour"_s);
    document.removeItem(b.id, u"Delete"_s);
    document.clearShownOn(kFrame3);
    EXPECT_TRUE(document.itemsShownOn(kFrame3).isEmpty());
    EXPECT_EQ(stack.count(), 6);

    // Back one step at a time, each state exactly as it was.
    stack.undo(); // clear
    EXPECT_EQ(document.itemsShownOn(kFrame3), (QList<AnnotationItem>{recoloured}));
    stack.undo(); // delete
    EXPECT_EQ(document.itemsShownOn(kFrame3), (QList<AnnotationItem>{recoloured, b}));
    stack.undo(); // colour
    EXPECT_EQ(document.item(a.id)->color, QColor(Qt::yellow));
    stack.undo(); // move
    EXPECT_EQ(*document.item(a.id), a);
    stack.undo();
    stack.undo();
    EXPECT_TRUE(document.itemsShownOn(kFrame3).isEmpty());
    // And forward again to the end.
    for (int i = 0; i < 6; ++i)
        stack.redo();
    EXPECT_TRUE(document.itemsShownOn(kFrame3).isEmpty());
    stack.undo();
    EXPECT_EQ(document.itemsShownOn(kFrame3), (QList<AnnotationItem>{recoloured}));
    EXPECT_GE(changed.count(), 12);
    EXPECT_EQ(changed.last().at(0).value<AnnotationTarget>().frame, 3);
}

TEST(Dicom_AnnotationGeometryTest, HitTestingFollowsTheDrawnShape)
{
    const AnnotationItem diagonal = arrow({0, 0}, {100, 100}, Qt::yellow, 4);
    EXPECT_NEAR(distanceToItem(diagonal, {50, 50}), 0, 1e-9);
    EXPECT_NEAR(distanceToItem(diagonal, {60, 40}), 20 / std::sqrt(2.0), 1e-9);
    EXPECT_TRUE(itemTouches(diagonal, {52, 48}, 2));  // 2.83 px off the line, reach 2 + 2
    EXPECT_FALSE(itemTouches(diagonal, {60, 40}, 2)); // 14 px off
    EXPECT_FALSE(itemTouches(diagonal, {130, 130}, 2));
    // The head counts: a barb end is on the arrow.
    const QPolygonF head = arrowHead(diagonal);
    EXPECT_TRUE(itemTouches(diagonal, head[0], 0.5));

    const AnnotationItem stroke = pen({{0, 0}, {10, 0}, {10, 10}});
    EXPECT_NEAR(distanceToItem(stroke, {5, 3}), 3, 1e-9);
    EXPECT_NEAR(distanceToItem(stroke, {13, 5}), 3, 1e-9);
    EXPECT_TRUE(itemTouches(stroke, {5, 3}, 2));
    EXPECT_FALSE(itemTouches(stroke, {5, 6}, 2));
}

TEST(Dicom_AnnotationSnapshotTest, PixelsAlongAnArrowChangeAndOthersDoNot)
{
    QImage frame(200, 100, QImage::Format_Grayscale8);
    for (int y = 0; y < frame.height(); ++y) {
        for (int x = 0; x < frame.width(); ++x)
            frame.scanLine(y)[x] = uchar((x + y) % 256);
    }
    const AnnotationItem horizontal = arrow({20.5, 50.5}, {180.5, 50.5}, QColor(255, 0, 0), 3);
    const QImage snapshot = renderSnapshot(frame, {horizontal});
    ASSERT_EQ(snapshot.size(), frame.size());
    for (int x = 30; x < 150; x += 10)
        EXPECT_EQ(snapshot.pixel(x, 50), qRgb(255, 0, 0)) << "x = " << x;
    for (int x = 0; x < 200; x += 7) {
        for (const int y : {0, 10, 30, 70, 99}) {
            const int grey = frame.scanLine(y)[x];
            EXPECT_EQ(snapshot.pixel(x, y), qRgb(grey, grey, grey)) << x << "," << y;
        }
    }
}

TEST(Dicom_AnnotationRepositoryTest, LayersComeBackFromTheStoreAndQueueForSync)
{
    QTemporaryDir dir;
    const QUuid caseId = QUuid::createUuid();
    AnnotationLayer frameLayer;
    frameLayer.seriesInstanceUid = u"1.2.3"_s;
    frameLayer.target = kFrame3;
    frameLayer.items = {arrow({1, 2}, {30, 40})};
    AnnotationLayer otherSeries = frameLayer;
    otherSeries.seriesInstanceUid = u"9.9.9"_s;
    {
        AnnotationRepository repository(dir.path(), caseId);
        repository.save(frameLayer);
        repository.save(otherSeries);
        frameLayer.items.append(pen({{3, 3}, {4, 4}}));
        repository.save(frameLayer); // the same layer again: the same record
    }                                // waits for the writes

    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dir.path());
    ASSERT_TRUE(store);
    EXPECT_EQ((*store)->records(RecordType::Annotation, caseId).size(), 2);
    EXPECT_EQ((*store)->outboxSize(), 3);
    const Expected<QList<AnnotationLayer>> layers =
        AnnotationRepository::readLayers(**store, caseId, u"1.2.3"_s);
    ASSERT_TRUE(layers);
    ASSERT_EQ(layers->size(), 1);
    EXPECT_EQ(layers->front().items, frameLayer.items);
    EXPECT_EQ(layers->front().target.frame, 3);

    AnnotationRepository repository(dir.path(), caseId);
    QSignalSpy loaded(&repository, &AnnotationRepository::loaded);
    repository.load(u"1.2.3"_s);
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(loaded.at(0).at(1).value<QList<AnnotationLayer>>().front().items.size(), 2);
}

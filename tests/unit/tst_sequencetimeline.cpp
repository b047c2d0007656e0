// A sequence as one timeline: the total is the sum of every clip's in..out
// range with the seam rule (a clip that continues the previous clip's out
// frame drops its first frame), global frames map to the right clip and
// frame and back, and the seam review loops half a second either side of
// each join. A crossfade overlaps two clips as the export blends them.

#include "jobs/sequencetimeline.h"

#include <QTest>

using namespace wan;
using jobs::SequenceTimeline;
using jobs::TimelineClip;

class TestSequenceTimeline final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainOfThree_dropsEachRepeatedFrame();
    void trims_changeTheSeam();
    void mapping_roundTrips();
    void reviewRange_halfASecondEitherSide();
    void continuesFrame_followsLineage();
    void exportClips_namesTheMissingRun();
    void crossfade_overlapsAsTheExportBlends();
    void empty();
};

namespace {

TimelineClip clip(qint64 frames, qint64 in = -1, qint64 out = -1, qint64 continues = -1)
{
    TimelineClip c;
    c.frames = frames;
    c.in = in;
    c.out = out;
    c.continuesFrame = continues;
    return c;
}

} // namespace

void TestSequenceTimeline::chainOfThree_dropsEachRepeatedFrame()
{
    // Three 81-frame shots, each continuing the last frame (80) of the one before.
    const SequenceTimeline t({clip(81), clip(81, -1, -1, 80), clip(81, -1, -1, 80)});
    QCOMPARE(t.totalFrames(), 81 + 80 + 80);
    QVERIFY(!t.dropsRepeatedFrame(0));
    QVERIFY(t.dropsRepeatedFrame(1));
    QVERIFY(t.dropsRepeatedFrame(2));
    QCOMPARE(t.span(1).first, 1);
    QCOMPARE(t.span(1).start, 81);
    QCOMPARE(t.joinCount(), 2);
    QCOMPARE(t.joinFrame(0), 81);
    QCOMPARE(t.joinFrame(1), 161);
    QCOMPARE(t.joinFrame(2), -1);
}

void TestSequenceTimeline::trims_changeTheSeam()
{
    // The first clip cut at 60: the next continued frame 80, which is no longer the out point.
    const SequenceTimeline cut({clip(81, -1, 60), clip(81, -1, -1, 80)});
    QVERIFY(!cut.dropsRepeatedFrame(1));
    QCOMPARE(cut.totalFrames(), 61 + 81);
    // The second clip trimmed at its start: its first frame is not the repeated one.
    const SequenceTimeline trimmed({clip(81), clip(81, 10, 40, 80)});
    QVERIFY(!trimmed.dropsRepeatedFrame(1));
    QCOMPARE(trimmed.totalFrames(), 81 + 31);
    // The out point made the continued frame: dropped again.
    const SequenceTimeline matched({clip(81, 5, 60), clip(81, -1, 20, 60)});
    QVERIFY(matched.dropsRepeatedFrame(1));
    QCOMPARE(matched.totalFrames(), 56 + 20);
    // A one-frame clip keeps its frame (export's rule: a frame must be left).
    const SequenceTimeline single({clip(81), clip(81, 0, 0, 80)});
    QVERIFY(!single.dropsRepeatedFrame(1));
    QCOMPARE(single.totalFrames(), 82);
}

void TestSequenceTimeline::mapping_roundTrips()
{
    const SequenceTimeline t({clip(81, 10, 49), clip(81, -1, -1, 49), clip(33, 3, 12)});
    // 40 frames (10..49), then 80 (1..80), then 10 (3..12).
    QCOMPARE(t.totalFrames(), 130);
    QCOMPARE(t.at(0).clip, 0);
    QCOMPARE(t.at(0).frame, 10);
    QCOMPARE(t.at(39).clip, 0);
    QCOMPARE(t.at(39).frame, 49);
    QCOMPARE(t.at(40).clip, 1);
    QCOMPARE(t.at(40).frame, 1);
    QCOMPARE(t.at(119).frame, 80);
    QCOMPARE(t.at(120).clip, 2);
    QCOMPARE(t.at(120).frame, 3);
    QCOMPARE(t.at(129).frame, 12);
    QCOMPARE(t.at(130).clip, -1);
    QCOMPARE(t.at(-1).clip, -1);
    for (qint64 g = 0; g < t.totalFrames(); ++g) {
        const auto p = t.at(g);
        QCOMPARE(t.globalFrame(p.clip, p.frame), g);
    }
    QCOMPARE(t.globalFrame(1, 0), -1); // the dropped frame is not played
    QCOMPARE(t.globalFrame(2, 13), -1);
}

void TestSequenceTimeline::reviewRange_halfASecondEitherSide()
{
    TimelineClip a = clip(81);
    a.fps = 16;
    const SequenceTimeline t({a, clip(81, -1, -1, 80), clip(5)});
    const auto r = t.reviewRange(0);
    QCOMPARE(r.first, 81 - 8);
    QCOMPARE(r.last, 81 + 7);
    QCOMPARE(r.last - r.first + 1, 16); // one second at 16 fps
    // Near the end the loop stops at the last frame.
    const auto end = t.reviewRange(1);
    QCOMPARE(end.first, 161 - 8);
    QCOMPARE(end.last, t.totalFrames() - 1);
    QCOMPARE(t.reviewRange(2).last, -1);
}

void TestSequenceTimeline::continuesFrame_followsLineage()
{
    library::Entry first;
    first.id = 4;
    first.requestId = QStringLiteral("req-4");
    library::Entry second;
    second.id = 9;
    second.parentId = 4;
    second.parentFrame = 80;
    QCOMPARE(SequenceTimeline::continuesFrame(second, &first), 80);
    QCOMPARE(SequenceTimeline::continuesFrame(second, nullptr), -1);
    library::Entry other;
    other.id = 5;
    QCOMPARE(SequenceTimeline::continuesFrame(second, &other), -1);
    // A rebuilt library: the request id still names the parent.
    second.parentId = 77;
    second.parentRequestId = QStringLiteral("req-4");
    QCOMPARE(SequenceTimeline::continuesFrame(second, &first), 80);
}

void TestSequenceTimeline::exportClips_namesTheMissingRun()
{
    library::Entry a;
    a.id = 1;
    a.status = library::EntryStatus::Completed;
    a.outputPath = QStringLiteral("/clips/a.mp4");
    library::Entry b = a;
    b.id = 2;
    b.outputPath = QStringLiteral("/clips/b.mp4");
    b.parentId = 1;
    b.parentFrame = 80;
    library::Sequence s;
    s.clips = {{1, -1, 60, 0}, {2, 0, -1, 0}};
    QString problem;
    const auto clips = SequenceTimeline::exportClips(s, {{1, a}, {2, b}}, &problem);
    QVERIFY(clips);
    QCOMPARE(clips->size(), 2);
    QCOMPARE(clips->at(0).out, 60);
    QCOMPARE(clips->at(1).path, b.outputPath);
    QCOMPARE(clips->at(1).continuesFrame, 80);
    s.clips.append({3, -1, -1, 0});
    QVERIFY(!SequenceTimeline::exportClips(s, {{1, a}, {2, b}}, &problem));
    QVERIFY(problem.contains(QLatin1String("3")));
}

void TestSequenceTimeline::crossfade_overlapsAsTheExportBlends()
{
    // media::VideoExport: A + B - N per join. Clip 1 fades in over the last 8
    // frames of clip 0, clip 2 over the last 4 of clip 1.
    TimelineClip second = clip(30);
    second.crossfade = 8;
    TimelineClip third = clip(20, -1, -1, 29);
    third.crossfade = 4;
    const SequenceTimeline t({clip(40), second, third});
    QCOMPARE(t.crossfade(0), 0);
    QCOMPARE(t.crossfade(1), 8);
    QCOMPARE(t.crossfade(2), 4);
    QVERIFY(t.dropsRepeatedFrame(2));
    QCOMPARE(t.totalFrames(), 40 + 30 + 19 - 8 - 4);
    QCOMPARE(t.span(1).start, 32);
    QCOMPARE(t.joinFrame(0), 32);
    QCOMPARE(t.span(2).start, 32 + 30 - 4);
    // Inside an overlap the earlier clip holds the frame; after it, the later one goes on.
    QCOMPARE(t.at(31).clip, 0);
    QCOMPARE(t.at(32).clip, 0);
    QCOMPARE(t.at(39).clip, 0);
    QCOMPARE(t.at(39).frame, 39);
    QCOMPARE(t.at(40).clip, 1);
    QCOMPARE(t.at(40).frame, 8);
    QCOMPARE(t.globalFrame(1, 8), 40);
    QCOMPARE(t.at(t.totalFrames() - 1).clip, 2);
    QCOMPARE(t.at(t.totalFrames() - 1).frame, 19);
    // A crossfade longer than a clip is cut to what it holds.
    TimelineClip longFade = clip(6);
    longFade.crossfade = 50;
    const SequenceTimeline cut({clip(40), longFade});
    QCOMPARE(cut.crossfade(1), 6);
    QCOMPARE(cut.totalFrames(), 40);
}

void TestSequenceTimeline::empty()
{
    const SequenceTimeline t;
    QCOMPARE(t.totalFrames(), 0);
    QCOMPARE(t.at(0).clip, -1);
    QCOMPARE(t.joinCount(), 0);
    // A clip whose file could not be read plays nothing and does not break the rest.
    const SequenceTimeline hole({clip(10), clip(0), clip(10)});
    QCOMPARE(hole.totalFrames(), 20);
    QCOMPARE(hole.at(10).clip, 2);
}

QTEST_GUILESS_MAIN(TestSequenceTimeline)
#include "tst_sequencetimeline.moc"

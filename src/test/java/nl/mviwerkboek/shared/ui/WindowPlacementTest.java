package nl.mviwerkboek.shared.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.shared.ui.WindowPlacement.Box;
import org.junit.jupiter.api.Test;

/** Window bounds out for screen bounds in: the main window's first and remembered place, and dialogs. */
class WindowPlacementTest {

    private static final Box LAPTOP = new Box(0, 0, 1440, 900);
    private static final Box RIGHT = new Box(1440, 0, 1920, 1080);
    private static final double MIN_W = 1120;
    private static final double MIN_H = 700;

    @Test
    void theMainWindowOpensAtEightyFivePercentOfItsScreenCentred() {
        Box at = WindowPlacement.mainWindow(List.of(LAPTOP), LAPTOP, Optional.empty(), MIN_W, MIN_H);
        assertEquals(new Box(108, 68, 1224, 765), at);
    }

    @Test
    void onASmallScreenTheMinimumWinsButNeverTheScreen() {
        Box small = new Box(0, 0, 1280, 720);
        assertEquals(new Box(80, 10, 1120, 700),
                WindowPlacement.mainWindow(List.of(small), small, Optional.empty(), MIN_W, MIN_H));
        Box tiny = new Box(0, 0, 1024, 600);
        assertEquals(new Box(0, 0, 1024, 600),
                WindowPlacement.mainWindow(List.of(tiny), tiny, Optional.empty(), MIN_W, MIN_H));
    }

    @Test
    void rememberedBoundsOnAConnectedScreenAreRestored() {
        Box left = new Box(1600, 40, 1500, 950);
        assertEquals(left, WindowPlacement.mainWindow(List.of(LAPTOP, RIGHT), LAPTOP, Optional.of(left), MIN_W,
                MIN_H));
    }

    @Test
    void rememberedBoundsOnAScreenNoLongerConnectedFallBackToThePrimaryScreen() {
        Box onTheGoneScreen = new Box(1600, 40, 1500, 950);
        assertEquals(new Box(108, 68, 1224, 765), WindowPlacement.mainWindow(List.of(LAPTOP), LAPTOP,
                Optional.of(onTheGoneScreen), MIN_W, MIN_H));
    }

    @Test
    void rememberedBoundsWithTheTitleBarOffScreenAreNotRestored() {
        Box titleBarAbove = new Box(100, -400, 1200, 800);
        Box titleBarRightOfEverything = new Box(1400, 100, 1200, 800);
        for (Box gone : List.of(titleBarAbove, titleBarRightOfEverything)) {
            assertEquals(new Box(108, 68, 1224, 765), WindowPlacement.mainWindow(List.of(LAPTOP), LAPTOP,
                    Optional.of(gone), MIN_W, MIN_H), gone.toString());
        }
    }

    @Test
    void aRememberedWindowLargerThanItsScreenIsShrunkAndMovedInside() {
        Box tooLarge = new Box(200, 100, 2000, 1200);
        assertEquals(new Box(0, 0, 1440, 900), WindowPlacement.mainWindow(List.of(LAPTOP), LAPTOP,
                Optional.of(tooLarge), MIN_W, MIN_H));
    }

    @Test
    void aDialogIsCentredOverItsOwnerAtItsPreferredSize() {
        Box owner = new Box(0, 0, 1440, 900);
        assertEquals(new Box(370, 86, 700, 728), WindowPlacement.dialog(Optional.of(owner), List.of(LAPTOP),
                700, 728, 360, 200));
    }

    @Test
    void aDialogTallerThanItsScreenIsLimitedAndStaysInside() {
        Box owner = new Box(0, 0, 1440, 900);
        Box at = WindowPlacement.dialog(Optional.of(owner), List.of(LAPTOP), 1100, 1400, 360, 200);
        assertEquals(810, at.height());
        assertEquals(45, at.y());
        assertTrue(at.y() >= 0 && at.y() + at.height() <= 900);
    }

    @Test
    void aDialogOverAnOwnerNearTheEdgeIsMovedOnScreenWithItsTitleBarVisible() {
        Box ownerHalfOff = new Box(-500, -200, 800, 600);
        Box at = WindowPlacement.dialog(Optional.of(ownerHalfOff), List.of(LAPTOP), 700, 500, 360, 200);
        assertEquals(new Box(0, 0, 700, 500), at);
    }

    @Test
    void aDialogFollowsItsOwnerToTheSecondScreen() {
        Box owner = new Box(1440, 0, 1920, 1080);
        assertEquals(new Box(2050, 290, 700, 500), WindowPlacement.dialog(Optional.of(owner),
                List.of(LAPTOP, RIGHT), 700, 500, 360, 200));
    }

    @Test
    void aDialogWithoutOwnerIsCentredOnThePrimaryScreenNotInACorner() {
        assertEquals(new Box(370, 200, 700, 500), WindowPlacement.dialog(Optional.empty(), List.of(LAPTOP, RIGHT),
                700, 500, 360, 200));
    }

    @Test
    void aDialogWithATinyPreferredSizeGetsTheMinimum() {
        Box at = WindowPlacement.dialog(Optional.of(LAPTOP), List.of(LAPTOP), 120, 80, 360, 200);
        assertEquals(360, at.width());
        assertEquals(200, at.height());
    }
}

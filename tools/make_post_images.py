"""Draw the pictures shown in the course's simulated feeds.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_post_images.py

Every picture is made for the course (no photos, no real people or brands) and saved next to the
lesson that uses it, as a small 8-bit PNG. Platform labels drawn into a picture ("Paid partnership",
"LIVE", "AI-generated") are also written in the post's text, so a screen reader gets them too.
"""

from __future__ import annotations

import sys

import make_post_images_ai
from post_art import COURSE, WHITE, Art
from PySide6.QtGui import QGuiApplication

L2 = COURSE / "02-illusion-of-intimacy" / "images"
L3 = COURSE / "03-sponsorship-and-ethics" / "images"
L4 = COURSE / "04-algorithms-and-fomo" / "images"


# -- lesson 2: closeness ------------------------------------------------------------------------
def besties() -> None:
    a = Art("#fde2e4")
    a.person(230, 40, 1.3, skin=0, hair=2, shirt="#f783ac", style="long")
    for x, y, s in ((80, 80, 22), (380, 70, 26), (360, 200, 16), (100, 210, 18)):
        a.heart(x, y, s)
    a.save(L2 / "post-besties.png")


def pancakes() -> None:
    a = Art("#fff3bf")
    a.ellipse(230, 240, 170, 40, "#e9ecef")
    for i in range(5):
        a.ellipse(230, 220 - i * 22, 110, 26, "#e8a85c")
    a.rect(205, 96, 50, 26, "#ffe066", radius=6)
    a.ellipse(120, 80, 30, 30, "#c92a2a")  # a berry bowl
    a.ellipse(340, 90, 26, 26, "#5c940d")
    a.pill(12, 12, "recipe 3 of 4", "#495057")
    a.save(L2 / "post-pancakes.png")


def pyjamas() -> None:
    a = Art("#e5dbff")
    a.partnership_bar("Paid partnership with Dewdrop")
    a.person(150, 60, 1.2, skin=2, hair=0, shirt="#b197fc", style="bun", mood="smile")
    a.bottle(300, 110, 70, 150, "#99e9f2", "DEW")
    a.ellipse(400, 70, 18, 18, "#fff3bf", 2)  # a moon: it is 2 am
    a.pill(12, 262, "code NOOR10", "#5f3dc4")
    a.save(L2 / "post-pyjamas.png")


def live_soon() -> None:
    a = Art("#212529")
    a.person(150, 60, 1.2, skin=1, hair=3, shirt="#228be6")
    a.rect(270, 70, 170, 120, "#e03131", radius=16)
    a.text(270, 80, 170, 40, "LIVE IN", size=26, bold=True, colour=WHITE)
    a.text(270, 118, 170, 60, "10:00", size=44, bold=True, colour=WHITE)
    a.text(250, 210, 210, 40, "day-ones only!", size=20, bold=True, colour="#ffd43b")
    a.save(L2 / "post-live.png")


# -- lesson 3: money ----------------------------------------------------------------------------
def milo_code() -> None:
    a = Art("#d3f9d8")
    a.person(130, 50, 1.2, skin=3, hair=3, shirt="#2f9e44")
    a.rect(260, 160, 170, 26, "#495057", radius=13)  # a dumbbell
    a.rect(250, 140, 24, 66, "#212529", radius=6)
    a.rect(416, 140, 24, 66, "#212529", radius=6)
    a.pill(260, 60, "MILO15 = 15% off", "#2b8a3e")
    a.pill(12, 262, "#ad", "#1971c2")
    a.save(L3 / "post-milo-code.png")


def collab() -> None:
    a = Art("#e7f5ff")
    a.rect(150, 80, 160, 120, "#f8f9fa", radius=30)  # earbuds case
    a.line(150, 130, 310, 130, 3)
    a.ellipse(200, 160, 16, 16, "#ced4da")
    a.ellipse(260, 160, 16, 16, "#ced4da")
    a.text(150, 200, 160, 40, "ZestBuds", size=20, bold=True)
    a.text(20, 240, 420, 50, "#collab #sp #music #vibes #daily", size=17, colour="#1864ab")
    a.save(L3 / "post-collab.png")


def pr_box() -> None:
    a = Art("#fff0f6")
    a.box(110, 90, 240, 150, "#faa2c1", "#f06595", "GLOWBAR")
    a.bottle(150, 40, 40, 80, "#ffdeeb", "")
    a.bottle(270, 30, 44, 90, "#e599f7", "")
    a.rect(205, 50, 50, 70, "#fcc2d7", radius=8)
    a.text(20, 250, 420, 40, "tissue paper reads: \"PR - with love\"", size=16, colour="#a61e4d")
    a.save(L3 / "post-pr-box.png")


def racing() -> None:
    a = Art("#343a40")
    a.rect(40, 30, 380, 190, "#4dabf7", radius=6)  # the game on the monitor
    a.polygon([(40, 220), (180, 110), (280, 110), (420, 220)], "#868e96", 0)
    a.rect(215, 150, 30, 40, "#e03131", radius=6)  # the car
    a.can(330, 150, 44, 100, "#f59f00", "VOLTRA")
    a.rect(12, 240, 250, 34, "#f1f3f5", radius=4, outline=0)
    a.text(12, 240, 250, 34, "Includes paid promotion", size=16, bold=True)
    a.video_bar(0.55)
    a.save(L3 / "post-racing.png")


def stride_shoes() -> None:
    a = Art("#e6fcf5")
    for x, colour in ((70, "#20c997"), (240, "#20c997")):
        a.polygon([(x, 200), (x + 20, 130), (x + 80, 130), (x + 150, 180), (x + 150, 210), (x, 210)], colour)
        a.line(x + 35, 150, x + 75, 150, 2, WHITE)
        a.line(x + 40, 165, x + 85, 165, 2, WHITE)
    a.pill(12, 12, "half-marathon: done", "#087f5b")
    a.text(20, 230, 420, 40, "(old, muddy, much loved)", size=16, colour="#495057")
    a.save(L3 / "post-stride-shoes.png")


def trailpeak() -> None:
    a = Art("#e9ecef")
    a.partnership_bar("Paid partnership with Trailpeak")
    a.polygon([(0, 300), (120, 120), (230, 300)], "#adb5bd", 0)
    a.polygon([(180, 300), (330, 90), (460, 300)], "#868e96", 0)
    a.rect(170, 120, 120, 150, "#e67700", radius=26)  # the backpack
    a.rect(190, 170, 80, 60, "#f08c00", radius=10)
    a.line(195, 150, 265, 150, 4)
    a.save(L3 / "post-trailpeak.png")


# -- lesson 4: pressure -------------------------------------------------------------------------
def live_24h() -> None:
    a = Art("#1c1c28")
    a.live_badge(viewers="22.4K watching")
    a.person(140, 70, 1.1, skin=1, hair=3, shirt="#228be6", mood="open")
    a.rect(250, 60, 190, 110, "#fab005", radius=14)
    a.text(250, 66, 190, 44, "SECRET GIVEAWAY", size=16, bold=True)
    a.text(250, 108, 190, 56, "any minute...", size=22, bold=True)
    a.chat(250, 182, 190, [("kai", "still here"), ("mo", "hour 9 lol"), ("jj", "dont leave!!")], size=12)
    a.save(L4 / "post-24h-live.png")


def part_two() -> None:
    a = Art("#fff5f5")
    a.person(130, 50, 1.2, skin=4, hair=4, shirt="#c92a2a", mood="sad")
    a.text(240, 50, 200, 100, "PART 2 at 100K likes", size=26, bold=True, colour="#c92a2a")
    a.rect(250, 170, 180, 26, "#ffe3e3", radius=13)
    a.rect(250, 170, 130, 26, "#fa5252", radius=13, outline=0)
    a.text(250, 200, 180, 30, "71K / 100K", size=16, bold=True)
    a.save(L4 / "post-part-two.png")


def gift_goal() -> None:
    a = Art("#15111f")
    a.live_badge(viewers="3.1K watching")
    a.person(120, 70, 1.1, skin=1, hair=3, shirt="#228be6", mood="open")
    a.text(230, 50, 220, 30, "GIFT GOAL", size=20, bold=True, colour="#ffd43b")
    a.rect(230, 86, 210, 24, "#343a40", radius=12)
    a.rect(230, 86, 176, 24, "#be4bdb", radius=12, outline=0)
    a.text(230, 112, 210, 26, "420 / 500 coins", size=15, bold=True, colour=WHITE)
    a.star(300, 180, 34, "#845ef7")
    a.star(360, 200, 22, "#74c0fc")
    a.text(240, 230, 200, 30, "Galaxy x1 from mo_77", size=15, bold=True, colour=WHITE)
    a.pill(330, 262, "10:00 left", "#e03131")
    a.save(L4 / "post-gift-goal.png")


def hoodie_drop() -> None:
    a = Art("#f8f0fc")
    a.ellipse(230, 78, 46, 34, "#364fc7")  # the hood
    a.polygon([(150, 90), (200, 70), (260, 70), (310, 90), (350, 160), (320, 170), (310, 150), (310, 260),
               (150, 260), (150, 150), (140, 170), (110, 160)], "#4c6ef5")
    a.arc(230, 70, 30, 22, 180, 180, 3)
    a.rect(185, 200, 90, 40, "#364fc7", radius=8)  # the front pocket
    a.text(150, 150, 160, 40, "NORTHLINE x SOL", size=14, bold=True, colour=WHITE)
    a.pill(12, 12, "#ad", "#1971c2")
    a.pill(330, 12, "59:59", "#e03131", size=20)
    a.save(L4 / "post-hoodie-drop.png")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    for draw in (besties, pancakes, pyjamas, live_soon, milo_code, collab, pr_box, racing, stride_shoes,
                 trailpeak, live_24h, part_two, gift_goal, hoodie_drop):
        draw()
    make_post_images_ai.main()  # the lesson 6 and 7 pictures
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Feed pictures for lessons 6 and 7: virtual characters, AI labels, a deepfake scam, live gifts, a brand trip.

Run through tools/make_post_images.py, or on its own:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_post_images_ai.py
"""

from __future__ import annotations

import sys

from post_art import COURSE, WHITE, Art
from PySide6.QtGui import QGuiApplication

L6 = COURSE / "06-healthy-boundaries" / "images"
L8 = COURSE / "08-behind-the-screen" / "images"


def profile_line(a: Art, text: str) -> None:
    """The profile line a viewer sees above the picture (also written in the post's text)."""
    a.rect(0, 0, a.w, 30, "#ffffff", outline=0)
    a.line(0, 30, a.w, 30, 1.5, "#9a9a9a")
    a.text(10, 0, a.w - 20, 30, text, size=14, colour="#343a40")


# -- lesson 6 -------------------------------------------------------------------------------
def nova_night() -> None:
    a = Art("#1b1f3b")
    profile_line(a, "Nova  -  virtual influencer - AI-generated")
    a.ellipse(380, 80, 26, 26, "#fff3bf", 2)
    for x, y in ((60, 70), (120, 110), (300, 60), (420, 150)):
        a.star(x, y, 7, "#fff3bf")
    a.person(200, 60, 1.3, skin=4, hair=5, shirt="#9775fa", style="long", perfect=True)
    a.pill(250, 250, "private chat 3.99/mo", "#7048e8", size=14)
    a.save(L6 / "post-nova-night.png")


def kira_smoothie() -> None:
    a = Art("#fff4e6")
    profile_line(a, "Kira  19 - Seoul > LA - made with love by Mirrorworks Studio")
    a.ellipse(390, 90, 40, 40, "#ffc078", 0)  # the sunrise
    a.person(170, 60, 1.3, skin=0, hair=0, shirt="#ff922b", style="long", perfect=True)
    a.rect(320, 150, 70, 110, "#b2f2bb", radius=12)  # the smoothie cup
    a.rect(346, 120, 10, 40, "#f03e3e", radius=4, outline=2)
    a.text(320, 190, 70, 30, "GLOWBAR", size=11, bold=True)
    a.pill(12, 262, "link in bio: 15% off", "#2b8a3e", size=14)
    a.save(L6 / "post-kira-smoothie.png")


def nova_sneakers() -> None:
    a = Art("#e3fafc")
    profile_line(a, "Nova  -  virtual influencer - AI-generated")
    for x in (110, 250):
        a.polygon([(x, 220), (x + 20, 150), (x + 70, 150), (x + 120, 195), (x + 120, 225), (x, 225)], "#f8f9fa")
        a.line(x + 30, 170, x + 70, 170, 2)
        a.ellipse(x + 95, 205, 8, 8, "#15aabf", 0)
    a.text(100, 240, 260, 30, "LUMEN", size=20, bold=True, colour="#0b7285")
    a.pill(12, 42, "#ad", "#1971c2")
    a.save(L6 / "post-nova-sneakers.png")


def ai_lena() -> None:
    a = Art("#fff0f6")
    screen = a.phone(150, 20, 160, 270, "#ffdeeb")
    a.rect(screen.x() + 8, screen.y() + 14, 110, 38, WHITE, radius=12, outline=2)
    a.text(screen.x() + 8, screen.y() + 14, 110, 38, "missed you!!", size=13)
    a.rect(screen.x() + 20, screen.y() + 64, 110, 38, "#f783ac", radius=12, outline=2)
    a.text(screen.x() + 20, screen.y() + 64, 110, 38, "hi :)", size=13, colour=WHITE)
    a.rect(screen.x() + 8, screen.y() + 114, 116, 54, WHITE, radius=12, outline=2)
    a.text(screen.x() + 8, screen.y() + 114, 116, 54, "I remember everything", size=12)
    a.rect(screen.x() + 6, screen.bottom() - 48, screen.width() - 12, 40, "#d6336c", radius=8, outline=0)
    a.text(screen.x() + 6, screen.bottom() - 48, screen.width() - 12, 40, "Unlock: 6.99/mo", size=13, bold=True,
           colour=WHITE)
    a.pill(330, 40, "AI-Lena", "#a61e4d")
    a.pill(20, 240, "first 1,000 free", "#e03131", size=14)
    a.save(L6 / "post-ai-lena.png")


def birdhouse() -> None:
    a = Art("#ebfbee")
    a.rect(0, 230, 460, 70, "#8ce99a", outline=0)
    a.line(230, 290, 230, 190, 8, "#8d6e4a")
    a.polygon([(160, 120), (230, 60), (300, 120)], "#c92a2a")
    a.polygon([(172, 120), (290, 114), (296, 200), (168, 196)], "#ffd8a8")  # a very wonky box
    a.ellipse(232, 150, 16, 16, "#495057")
    a.ellipse(360, 80, 12, 10, "#fab005")  # a bird, undecided
    a.save(L6 / "post-birdhouse.png")


# -- lesson 7 ("Behind the screen") ----------------------------------------------------------
def resort_trip() -> None:
    a = Art("#d0ebff")
    a.partnership_bar("Paid partnership with Solis Resorts")
    a.ellipse(400, 80, 30, 30, "#ffd43b", 0)
    a.rect(0, 190, 460, 110, "#74c0fc", outline=0)  # the pool
    for y in (215, 245, 275):
        a.arc(120, y, 40, 8, 0, 180, 2, "#e7f5ff")
        a.arc(320, y, 40, 8, 0, 180, 2, "#e7f5ff")
    a.rect(40, 120, 100, 60, "#f8f9fa", radius=6)  # a lounger
    a.person(300, 60, 0.9, skin=3, hair=3, shirt="#fd7e14")
    a.pill(12, 46, "wifi: 1 bar", "#495057", size=14)
    a.save(L8 / "post-resort-trip.png")


def galaxy() -> None:
    a = Art("#120d24")
    a.live_badge(viewers="5.8K watching")
    a.person(110, 70, 1.05, skin=1, hair=3, shirt="#228be6", mood="open")
    a.ellipse(330, 120, 70, 70, "#5f3dc4")
    for x, y, r in ((300, 100, 10), (350, 140, 14), (330, 90, 6), (370, 105, 8)):
        a.star(x, y, r, "#ffe066")
    a.text(250, 195, 160, 30, "GALAXY  1,000 coins", size=15, bold=True, colour=WHITE)
    a.chat(220, 230, 230, [("top gifter", "say my name!!")], size=13)
    a.save(L8 / "post-galaxy.png")


def kira_pr() -> None:
    a = Art("#f3f0ff")
    profile_line(a, "Kira  19 - made with love by Mirrorworks Studio")
    a.person(130, 50, 1.2, skin=0, hair=0, shirt="#ff922b", style="long", perfect=True)
    a.box(260, 130, 160, 110, "#91a7ff", "#5c7cfa", "LUMEN PR")
    a.save(L8 / "post-kira-pr.png")


def fake_rafi() -> None:
    a = Art("#101113")
    a.person(150, 40, 1.3, skin=2, hair=0, shirt="#37b24d", mood="open")
    # glitch bars across the mouth: the lips are out of step with the face
    for y, shift, colour in ((112, 8, "#ff6bcb"), (121, -6, "#4dd4ff"), (130, 5, "#ff6bcb")):
        a.rect(128 + shift, y, 44, 5, colour, outline=0)
    a.rect(270, 50, 170, 150, "#2b8a3e", radius=12)
    a.text(270, 56, 170, 60, "5,000 dollars in ONE week", size=18, bold=True, colour=WHITE)
    a.text(270, 120, 170, 70, "QuickCoin - first 100 get DOUBLE", size=14, bold=True, colour="#ffe066")
    a.pill(280, 215, "CLICK NOW", "#e03131", size=18)
    a.rect(0, 250, 260, 30, "#000000", outline=0)
    a.text(10, 250, 250, 30, "@rafi.official.giveaway", size=14, colour="#ced4da")
    a.video_bar(0.2)
    a.save(L8 / "post-fake-rafi.png")


def nova_label() -> None:
    a = Art("#e7f5ff")
    profile_line(a, "Nova  -  virtual influencer")
    a.person(140, 50, 1.2, skin=4, hair=5, shirt="#4dabf7", style="long", perfect=True)
    a.person(330, 50, 1.2, skin=4, hair=5, shirt="#f06595", style="long", perfect=True)
    a.pill(12, 258, "AI-generated", "#343a40")
    a.save(L8 / "post-nova-label.png")


DRAWINGS = (nova_night, kira_smoothie, nova_sneakers, ai_lena, birdhouse, resort_trip, galaxy, kira_pr,
            fake_rafi, nova_label)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    for draw in DRAWINGS:
        draw()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

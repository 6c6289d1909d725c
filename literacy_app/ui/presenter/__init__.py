"""Presenter mode: a lesson on a projector, one step, question or scenario part at a time; nothing is stored."""

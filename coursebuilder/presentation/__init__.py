"""What trainees see, decided once for every output: Markdown, words, question kinds, order.

Plain Python, no Qt: the phone package, the slides, the importers and the editor's preview
all render through this package, so they cannot disagree.
"""

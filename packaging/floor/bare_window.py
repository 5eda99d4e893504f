"""The size floor: a bare PySide6 Widgets window, frozen with the same spec and trimming as reconui.

``build.sh`` bundles it beside reconui in the same run so the size table compares like with like.
``--quit-after SECONDS`` lets the build check that the floor bundle really starts.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare PySide6 window"))
window.show()
if "--quit-after" in sys.argv:
    QTimer.singleShot(int(float(sys.argv[sys.argv.index("--quit-after") + 1]) * 1000), app.quit)
sys.exit(app.exec())

#!/usr/bin/python3
"""The screen-reader walk: NeutroCare as Orca meets it, over AT-SPI, from outside the process.

Run by atspi-walk.sh inside Xvfb and a private session bus. For each language given, the real app
starts on a fresh database with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; this script then, through
pyatspi only (the system's python3-pyatspi):
- walks the first-run dialog, fills it and creates the profile;
- walks every screen of the main window (each chosen with a click in the screen list) and every
  log dialog (each opened with its keyboard shortcut, closed with Escape);
- checks that every interactive node that is showing has a role and a name, and reports how many
  nodes and interactive nodes each place has, so an empty tree cannot pass;
- logs a fever through the log dialog (opened with Ctrl+T, walked too) and waits for the focus
  event that moves to the Today status card: the announcement of call-now;
- checks the card's description says the level, the reasons and the clinic's number in digits.
Exit status 0 when everything holds; each failure is printed on its own line.
"""
import os
import subprocess
import sys
import tempfile
import time

INTERACTIVE = {
    'push button', 'check box', 'radio button', 'combo box', 'text', 'spin button', 'list item',
    'page tab', 'toggle button', 'slider', 'password text', 'table cell', 'tree item',
}
ISOLATES = dict.fromkeys(map(ord, '\u2066\u2067\u2068\u2069\u200e\u200f'))
PHONE = '+1 555 0100'

problems = []


def fail(message):
    problems.append(message)
    print('FAIL: ' + message, flush=True)


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def role(node):
    """The node's role name; empty for a node the app has already destroyed."""
    try:
        return node.getRoleName()
    except Exception:
        return ''


def name(node):
    try:
        return node.name or ''
    except Exception:
        return ''


def description(node):
    try:
        return node.description or ''
    except Exception:
        return ''


def states(node):
    try:
        return set(node.getState().getStates())
    except Exception:
        return set()


def walk(node, showing_only=True):
    """Every node under `node` (itself included) that is showing."""
    import pyatspi
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if showing_only and n is not node and pyatspi.STATE_SHOWING not in states(n):
            continue
        out.append(n)
        stack.extend(reversed(children(n)))
    return out


def audit(root, where):
    """Names and roles of the interactive nodes showing under `root`; prints and returns the counts."""
    nodes = walk(root)
    interactive = [n for n in nodes if role(n) in INTERACTIVE]
    for n in interactive:
        if not role(n) or role(n) == 'unknown':
            fail(f'{where}: a node without a role')
        if not name(n).strip():
            fail(f'{where}: a {role(n)} without a name')
    print(f'{where}: {len(nodes)} nodes walked, {len(interactive)} interactive', flush=True)
    if len(interactive) < 3:
        fail(f'{where}: only {len(interactive)} interactive nodes: the tree is not there')
    return len(nodes)


def pump(seconds, until=lambda: False):
    from gi.repository import GLib
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end and not until():
        while context.pending():
            context.iteration(False)
        time.sleep(0.05)
    return until()


def find(nodes, wanted, predicate=lambda n: True):
    return [n for n in nodes if role(n) == wanted and predicate(n)]


def application(process, timeout=30):
    import pyatspi
    found = []

    def ready():
        if process.poll() is not None:
            return True
        for app in children(pyatspi.Registry.getDesktop(0)):
            if name(app) == 'NeutroCare' and len(children(app)) > 0:
                found[:] = [app]
                return True
        return False

    pump(timeout, ready)
    return found[0] if found else None


def window(app, wanted, timeout=15):
    found = []

    def ready():
        import pyatspi
        for w in children(app):
            if role(w) == wanted and pyatspi.STATE_SHOWING in states(w):
                found[:] = [w]
                return True
        return False

    pump(timeout, ready)
    return found[0] if found else None


def press(button):
    action = button.queryAction()
    action.doAction(0)


def choose(item):
    """A screen's entry clicked in the list, as a person would (Qt 6.4 offers no AT-SPI selection
    on it), then time for the screen to be built."""
    import pyatspi
    x, y, w, h = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, 'b1c')
    pump(1.0)


def activate(frame):
    """The main window given the keyboard back after a dialog closed. Without a window manager
    (Xvfb) nothing does that; a desktop's does. A click on the status bar, which takes no focus
    itself, does it here."""
    import pyatspi
    bar = find(children(frame), 'status bar')
    if bar:
        x, y, w, h = bar[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, 'b1c')
        pump(0.5)


def set_text(node, text):
    node.queryEditableText().setTextContents(text)


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return name(node)


def run(app_path, language, locale):
    import pyatspi
    home = tempfile.mkdtemp(prefix='nc-atspi-')
    os.chmod(home, 0o700)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + '/config', XDG_DATA_HOME=home + '/data',
               XDG_RUNTIME_DIR=home, QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1', LANGUAGE=language,
               LC_ALL=locale, LANG=locale)
    env.pop('QT_QPA_PLATFORM', None)  # the real X11 window, on Xvfb
    process = subprocess.Popen([app_path, '--database', home + '/walk.sqlite'], env=env)
    try:
        app = application(process)
        if app is None:
            fail(f'{language}: the app did not appear on the AT-SPI bus')
            return
        # The first run asks for a profile.
        dialog = window(app, 'dialog')
        if dialog is None:
            fail(f'{language}: no first-run dialog')
            return
        audit(dialog, f'{language} first-run dialog')
        texts = find(walk(dialog), 'text')
        if len(texts) < 4:
            fail(f'{language}: the first-run dialog has {len(texts)} text fields')
            return
        set_text(texts[0], 'Maria Lopez')
        set_text(texts[1], 'Riverside Oncology')
        set_text(texts[2], PHONE)
        set_text(texts[3], '0800 555 0199')
        create = find(walk(dialog), 'push button', lambda n: pyatspi.STATE_IS_DEFAULT in states(n))
        if not create:
            fail(f'{language}: the first-run dialog has no default button')
            return
        press(create[0])
        pump(3, lambda: window(app, 'dialog', 0) is None)

        frame = window(app, 'frame')
        screens = [n for n in walk(frame) if role(n) == 'list'
                   and len(find(children(n), 'list item')) >= 5]
        if not screens:
            fail(f'{language}: no list of screens')
            return
        screen_list = screens[0]
        items = find(children(screen_list), 'list item')
        for i, item in enumerate(items):
            choose(item)
            audit(frame, f'{language} screen {i + 1} ({name(item)})')
        choose(items[0])

        # The status card: a focusable frame that describes itself.
        def card():
            cards = [n for n in walk(frame) if role(n) in ('frame', 'panel', 'filler')
                     and pyatspi.STATE_FOCUSABLE in states(n) and description(n).strip()]
            return cards[0] if cards else None

        if card() is None:
            fail(f'{language}: the status card has no description')

        # The other log dialogs, each opened with its shortcut as a patient would, walked and closed
        # with Escape (X keycodes of the server's evdev keymap).
        for what, keys in (('blood count', (37, 56)), ('symptoms', (37, 50, 29)), ('painkiller', (37, 33)),
                           ('treatment', (37, 27)), ('medicine', (37, 58))):
            for k in keys[:-1]:
                pyatspi.Registry.generateKeyboardEvent(k, None, pyatspi.KEY_PRESS)
            pyatspi.Registry.generateKeyboardEvent(keys[-1], None, pyatspi.KEY_PRESSRELEASE)
            for k in reversed(keys[:-1]):
                pyatspi.Registry.generateKeyboardEvent(k, None, pyatspi.KEY_RELEASE)
            opened = window(app, 'dialog')
            if opened is None:
                fail(f'{language}: the {what} shortcut opened no dialog')
                continue
            audit(opened, f'{language} {what} dialog')
            pyatspi.Registry.generateKeyboardEvent(9, None, pyatspi.KEY_PRESSRELEASE)  # Escape
            if not pump(5, lambda: window(app, 'dialog', 0) is None):
                fail(f'{language}: Escape did not close the {what} dialog')
            activate(frame)

        # A fever, logged as a patient would: Ctrl+T, the value, Save.
        focused = []

        def on_focus(event):
            if event.detail1 == 1:
                focused.append(event.source)

        pyatspi.Registry.registerEventListener(on_focus, 'object:state-changed:focused')
        pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)  # Control_L
        pyatspi.Registry.generateKeyboardEvent(28, None, pyatspi.KEY_PRESSRELEASE)  # t
        pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)
        log = window(app, 'dialog')
        if log is None:
            fail(f'{language}: Ctrl+T opened no temperature dialog')
            return
        audit(log, f'{language} temperature dialog')
        value = find(walk(log), 'text', lambda n: pyatspi.STATE_FOCUSED in states(n)) or find(walk(log), 'text')
        set_text(value[0], '38.6')
        save = find(walk(log), 'push button', lambda n: pyatspi.STATE_IS_DEFAULT in states(n))
        if not save:
            fail(f'{language}: the log dialog has no default button')
            return
        del focused[:]
        press(save[0])

        def announced():
            return any(description(n).strip() and pyatspi.STATE_FOCUSABLE in states(n)
                       and role(n) in ('frame', 'panel', 'filler') for n in focused)

        # The focus the card took while the dialog was open arrives once the window is active again.
        if not pump(2, announced):
            activate(frame)
        if pump(10, announced):
            print(f'{language}: call-now announced: focus moved to the status card', flush=True)
        else:
            fail(f'{language}: no focus event on the status card after a fever '
                 f'({len(focused)} focus events: {[role(n) for n in focused]})')
        pyatspi.Registry.deregisterEventListener(on_focus, 'object:state-changed:focused')

        said = (description(card()) if card() else '').translate(ISOLATES)
        if PHONE not in said:
            fail(f'{language}: the card does not read the clinic number as digits: {said[:200]!r}')
        if '38.6' not in said:
            fail(f'{language}: the card does not say the reading: {said[:200]!r}')
        numbers = [n for n in walk(frame) if role(n) == 'label' and PHONE in text_of(n).translate(ISOLATES)]
        if not numbers:
            fail(f'{language}: no label reads {PHONE}')
        print(f'{language}: the card says: {said[:160]!r}', flush=True)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    app_path = sys.argv[1]
    runs = [('en', 'C.UTF-8'), ('ar', 'ar_AE.UTF-8')]
    launcher = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'])
    try:
        time.sleep(1.5)
        for language, locale in runs:
            run(app_path, language, locale)
    finally:
        launcher.terminate()
    print(f'{len(problems)} problems', flush=True)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

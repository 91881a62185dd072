import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { penKey, startPen, type Pen } from '../../drawing/keyboardPen';

/** Side of the pad's bitmap and of its box on screen, in pixels: ten per model-input pixel. */
export const PAD_SIDE = 280;
/** The pad's colours; the preprocessing turns any pad into a light garment on black. */
const PAD_BACKGROUND = '#ffffff';
const INK = '#1d2330';
const BRUSH = { min: 4, max: 48, step: 2, initial: 20 } as const;
/** At most one image per this many ms while drawing (the prediction rate); one more at the end. */
export const EMIT_INTERVAL_MS = 100;
/** Strokes (and clears) that Undo can take back; each keeps a 280x280 snapshot (~310 KB). */
const UNDO_LIMIT = 25;
const PRIMARY_BUTTON = 0;
/** `buttons` bit of a pen's eraser end (Pointer Events spec). */
const PEN_ERASER_BUTTONS = 32;

interface Point {
  x: number;
  y: number;
}

function padPoint(event: { clientX: number; clientY: number }, canvas: HTMLCanvasElement): Point {
  const rect = canvas.getBoundingClientRect();
  return {
    x: ((event.clientX - rect.left) * canvas.width) / rect.width,
    y: ((event.clientY - rect.top) * canvas.height) / rect.height,
  };
}

/** Spoken when the keyboard pen changes state; moves are not, they come ten a second. */
const PEN_NEWS = { down: 'Pen down', up: 'Pen lifted', cleared: 'Pad cleared' } as const;

/**
 * A square pad for mouse, pen, touch and keyboard: dark strokes on white, with brush size,
 * eraser, undo and clear. Emits the pad's pixels while drawing (throttled) and after every
 * change. From the keyboard, a pen cursor moves with the arrow keys and Space puts it down.
 */
export function DrawingPad({ onChange }: { onChange: (image: ImageData) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<{ last: Point; erasing: boolean } | null>(null);
  const history = useRef<ImageData[]>([]);
  const lastEmit = useRef(-Infinity);
  const [brush, setBrush] = useState<number>(BRUSH.initial);
  const [eraser, setEraser] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  /** The keyboard pen; shown only while the pad has keyboard focus. */
  const [pen, setPen] = useState<Pen>(() => startPen(PAD_SIDE));
  const [showPen, setShowPen] = useState(false);
  const [penNews, setPenNews] = useState('');
  const brushId = useId();
  const keysId = useId();

  const context = () => canvas.current?.getContext('2d', { willReadFrequently: true }) ?? null;

  useEffect(() => {
    const pad = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (!pad) return;
    pad.fillStyle = PAD_BACKGROUND;
    pad.fillRect(0, 0, PAD_SIDE, PAD_SIDE);
  }, []);

  const emit = (force: boolean) => {
    const now = performance.now();
    const pad = context();
    if (!pad || (!force && now - lastEmit.current < EMIT_INTERVAL_MS)) return;
    lastEmit.current = now;
    onChange(pad.getImageData(0, 0, PAD_SIDE, PAD_SIDE));
  };

  const remember = () => {
    const pad = context();
    if (!pad) return;
    history.current = [...history.current, pad.getImageData(0, 0, PAD_SIDE, PAD_SIDE)].slice(
      -UNDO_LIMIT,
    );
    setCanUndo(true);
  };

  const paint = (pad: CanvasRenderingContext2D, from: Point, to: Point, erasing: boolean) => {
    const colour = erasing ? PAD_BACKGROUND : INK;
    pad.strokeStyle = colour;
    pad.fillStyle = colour;
    pad.lineWidth = brush;
    pad.lineCap = 'round';
    pad.lineJoin = 'round';
    if (from.x === to.x && from.y === to.y) {
      // A zero-length line draws nothing; a tap should leave a dot.
      pad.beginPath();
      pad.arc(to.x, to.y, brush / 2, 0, 2 * Math.PI);
      pad.fill();
      return;
    }
    pad.beginPath();
    pad.moveTo(from.x, from.y);
    pad.lineTo(to.x, to.y);
    pad.stroke();
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const pad = context();
    if (!pad || !event.isPrimary) return;
    if (event.pointerType === 'mouse' && event.button !== PRIMARY_BUTTON) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    remember();
    const point = padPoint(event, event.currentTarget);
    const erasing = eraser || (event.buttons & PEN_ERASER_BUTTONS) !== 0;
    stroke.current = { last: point, erasing };
    paint(pad, point, point, erasing);
    emit(false);
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const pad = context();
    const current = stroke.current;
    if (!pad || !current || !event.isPrimary) return;
    // Coalesced events keep fast pen and finger strokes smooth at high pointer rates.
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const samples = coalesced.length > 0 ? coalesced : [event];
    for (const sample of samples) {
      const point = padPoint(sample, event.currentTarget);
      paint(pad, current.last, point, current.erasing);
      current.last = point;
    }
    emit(false);
  };

  const endStroke = () => {
    if (!stroke.current) return;
    stroke.current = null;
    emit(true);
  };

  const undo = () => {
    const pad = context();
    const previous = history.current.at(-1);
    if (!pad || !previous) return;
    history.current = history.current.slice(0, -1);
    pad.putImageData(previous, 0, 0);
    setCanUndo(history.current.length > 0);
    emit(true);
  };

  const clear = () => {
    const pad = context();
    if (!pad) return;
    remember();
    pad.fillStyle = PAD_BACKGROUND;
    pad.fillRect(0, 0, PAD_SIDE, PAD_SIDE);
    emit(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const result = penKey(pen, event, PAD_SIDE);
    if (!result.handled) return;
    // Arrows and Space would otherwise scroll the page, Backspace navigate in some browsers.
    event.preventDefault();
    setShowPen(true);
    setPen(result.pen);
    const pad = context();
    if (!pad) return;
    if (result.clear) {
      clear();
      setPenNews(PEN_NEWS.cleared);
    }
    if (result.stroke) {
      if (result.stroke.starts) {
        remember();
        setPenNews(PEN_NEWS.down);
      }
      paint(pad, result.stroke.from, result.stroke.to, eraser);
      emit(false);
    }
    if (result.ended) {
      setPenNews(PEN_NEWS.up);
      emit(true);
    }
  };

  // The throttle may have held back the last move of a held-down arrow key: send it now.
  const onKeyUp = () => {
    if (pen.down) emit(true);
  };

  // Keyboard focus (Tab) shows the pen at once; a click does not, until a key is pressed.
  const onFocus = (event: FocusEvent<HTMLCanvasElement>) =>
    setShowPen(event.currentTarget.matches(':focus-visible'));

  // Leaving the pad lifts the pen, so that coming back does not draw a line from where it was.
  const onBlur = () => {
    setShowPen(false);
    if (!pen.down) return;
    setPen({ ...pen, down: false });
    emit(true);
  };

  const cursorStyle = {
    '--pen-x': `${(pen.x / PAD_SIDE) * 100}%`,
    '--pen-y': `${(pen.y / PAD_SIDE) * 100}%`,
    '--pen-size': `${(brush / PAD_SIDE) * 100}%`,
  } as CSSProperties;

  return (
    <div className="try-pad">
      <div className="try-pad-surface">
        <canvas
          ref={canvas}
          className="try-pad-canvas"
          width={PAD_SIDE}
          height={PAD_SIDE}
          // Also in try.css; inline so that no stylesheet order can let touch scroll the page.
          style={{ touchAction: 'none' }}
          tabIndex={0}
          // An application: screen readers pass the arrow keys and Space on to the pad.
          role="application"
          aria-roledescription="drawing pad"
          aria-label="Drawing pad"
          aria-describedby={keysId}
          onPointerDown={(event) => {
            setShowPen(false);
            onPointerDown(event);
          }}
          onPointerMove={onPointerMove}
          onPointerUp={endStroke}
          onPointerCancel={endStroke}
          onLostPointerCapture={endStroke}
          onKeyDown={onKeyDown}
          onKeyUp={onKeyUp}
          onFocus={onFocus}
          onBlur={onBlur}
        />
        {showPen && (
          <span
            className={pen.down ? 'try-pad-cursor try-pad-cursor-down' : 'try-pad-cursor'}
            style={cursorStyle}
            aria-hidden="true"
            data-testid="pen-cursor"
          />
        )}
      </div>
      <p id={keysId} className="hint try-pad-keys">
        Keyboard: arrow keys move the pen (Shift for bigger steps), Space puts it down or lifts it,
        Delete clears.
      </p>
      <p className="try-visually-hidden" aria-live="polite">
        {penNews}
      </p>
      <div className="try-pad-tools">
        <button type="button" onClick={undo} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={clear}>
          Clear
        </button>
        <button type="button" aria-pressed={eraser} onClick={() => setEraser(!eraser)}>
          Eraser
        </button>
        <label htmlFor={brushId}>Brush size</label>
        <input
          id={brushId}
          type="range"
          min={BRUSH.min}
          max={BRUSH.max}
          step={BRUSH.step}
          value={brush}
          onChange={(event) => setBrush(Number(event.target.value))}
        />
        <output htmlFor={brushId}>{brush} px</output>
      </div>
    </div>
  );
}

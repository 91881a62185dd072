#!/usr/bin/env python3
"""A Fashion-MNIST Lab experiment, in PyTorch.

The lab (a browser app that trains small networks on Fashion-MNIST with TF.js) wrote this file
from a run or a sweep. It trains the same models the same way: the same architecture and
initialisation, optimizer, learning rate, batch size, steps and evaluation schedule, the same
augmentation, and the same stratified validation split and batch order, computed with the lab's
own random number generator (Mulberry32) from the same seed. It prints every evaluation point
as a JSON line and writes a runs file that the lab's "Import runs" reads, so the PyTorch runs
show beside the browser's.

    python3 THIS_FILE.py --data FOLDER            # one trial after another
    python3 THIS_FILE.py --dask local             # a sweep's trials on a Dask cluster here
    python3 THIS_FILE.py --dask tcp://host:8786   # ... or on a running cluster

Needs Python 3, NumPy and PyTorch (Debian: apt-get install python3-torch libopenblas0-pthread),
and for --dask Dask's distributed (Debian: python3-distributed). --help lists every option.

What cannot match the browser to the bit: the initial weights and the augmentation's pixel noise
come from PyTorch's generator (same distributions, other numbers), and float rounding differs.
"""

import argparse
import dataclasses
import gzip
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

# <experiment> The lab writes this block: what to train.
EXPERIMENT_NAME = "Dense 100 units"
LAB_VERSION = "dev"
EXPORTED_AT = "(not exported: the template in the lab's source)"
# What every trial shares: the lab's TrainConfig (src/model/config.ts), field for field.
BASE_CONFIG = {
    "model": "dense",
    "hiddenUnits": 100,
    "filters": 32,
    "kernelSize": 2,
    "learningRate": 0.001,
    "batchSize": 32,
    "steps": 15000,
    "evalEvery": 50,
    "optimizer": "adam",
    "activation": "relu",
    "init": "modern",
    "seed": 1,
    "validationSize": 5000,
    "augNoise": 0,
    "augLuminance": 0,
    "augContrast": 0,
    "augShift": 0,
    "augFlip": 0,
}
# One entry per run: its name in the lab, its repeat group (runs of one setting over several
# seeds share a number; None: a run on its own), and the fields it changes in BASE_CONFIG.
TRIALS = [
    {"name": "Dense 100 units · PyTorch", "group": None, "changes": {}},
]
# </experiment>

# --- The data -------------------------------------------------------------------------------

DEFAULT_DATA = "public/data/fashion-mnist"
DATA_FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
IMAGE_MAGIC = 2051
LABEL_MAGIC = 2049
IMAGE_SIDE = 28
PIXELS_PER_IMAGE = IMAGE_SIDE * IMAGE_SIDE
NUM_CLASSES = 10
TRAIN_COUNT = 60_000
TEST_COUNT = 10_000
MAX_PIXEL = 255
# Each byte's pixel value, v / 255 as float32, as the lab's batches.ts computes it.
PIXEL_VALUES = (np.arange(MAX_PIXEL + 1, dtype=np.float64) / MAX_PIXEL).astype(np.float32)


@dataclasses.dataclass
class FashionMnist:
    """The four files' contents: images [count, 784] and labels [count], as bytes."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray


def read_idx(path, magic, count):
    """The items of one gzipped IDX file (big-endian int32 header, then unsigned bytes)."""
    try:
        with gzip.open(path, "rb") as file:
            raw = file.read()
    except FileNotFoundError:
        raise SystemExit(
            f"{Path(path).resolve()} is missing. Pass --data FOLDER, the folder of the four "
            "Fashion-MNIST .gz files: the lab's public/data/fashion-mnist, or Debian's "
            "/usr/share/datasets/fashion-mnist (package dataset-fashion-mnist)."
        ) from None
    except (OSError, EOFError) as error:
        raise SystemExit(f"{path} is not a readable gzip file: {error}") from None
    dimensions = 3 if magic == IMAGE_MAGIC else 1
    header_bytes = 4 * (1 + dimensions)
    if len(raw) < header_bytes:
        raise SystemExit(f"{path} is too short for an IDX header ({len(raw)} bytes).")
    header = np.frombuffer(raw, dtype=">i4", count=1 + dimensions)
    if header[0] != magic:
        raise SystemExit(f"{path}: magic number {header[0]}, expected {magic}.")
    if header[1] != count:
        raise SystemExit(f"{path} holds {header[1]} items, expected {count}.")
    if dimensions == 3 and (header[2], header[3]) != (IMAGE_SIDE, IMAGE_SIDE):
        raise SystemExit(f"{path}: images of {header[2]}x{header[3]}, expected 28x28.")
    item_bytes = PIXELS_PER_IMAGE if dimensions == 3 else 1
    if len(raw) != header_bytes + count * item_bytes:
        expected = header_bytes + count * item_bytes
        raise SystemExit(f"{path} is {len(raw)} bytes unpacked, expected {expected}.")
    items = np.frombuffer(raw, dtype=np.uint8, offset=header_bytes)
    if dimensions == 1 and items.max() >= NUM_CLASSES:
        raise SystemExit(f"{path}: a label is {items.max()}, expected 0 to {NUM_CLASSES - 1}.")
    return items.reshape(count, PIXELS_PER_IMAGE) if dimensions == 3 else items


def load_fashion_mnist(folder):
    folder = Path(folder)
    return FashionMnist(
        train_images=read_idx(folder / DATA_FILES["train_images"], IMAGE_MAGIC, TRAIN_COUNT),
        train_labels=read_idx(folder / DATA_FILES["train_labels"], LABEL_MAGIC, TRAIN_COUNT),
        test_images=read_idx(folder / DATA_FILES["test_images"], IMAGE_MAGIC, TEST_COUNT),
        test_labels=read_idx(folder / DATA_FILES["test_labels"], LABEL_MAGIC, TEST_COUNT),
    )


def to_tensors(images, labels):
    """Bytes to a batch: pixels float32 [n, 1, 28, 28] in [0, 1], labels int64 [n]."""
    pixels = torch.from_numpy(PIXEL_VALUES[images]).reshape(-1, 1, IMAGE_SIDE, IMAGE_SIDE)
    return pixels, torch.from_numpy(labels.astype(np.int64))


# --- The lab's randomness and split (src/data/split.ts), number for number --------------------

MASK32 = 0xFFFFFFFF
# Mulberry32's per-call state increment (the golden-ratio-derived constant of the reference).
MULBERRY32_INCREMENT = 0x6D2B79F5
UINT32_RANGE = 2**32


def imul32(a, b):
    """JavaScript's Math.imul on uint32 bit patterns: the low 32 bits of the product."""
    return (a * b) & MASK32


def mulberry32(seed):
    """The lab's seeded generator: a function yielding floats in [0, 1), JavaScript's sequence.

    Every value is kept as a uint32 bit pattern; JavaScript's signed int32s have the same bits.
    """
    state = seed & MASK32

    def next_random():
        nonlocal state
        state = (state + MULBERRY32_INCREMENT) & MASK32
        t = imul32(state ^ (state >> 15), 1 | state)
        t = ((t + imul32(t ^ (t >> 7), 61 | t)) & MASK32) ^ t
        return (t ^ (t >> 14)) / UINT32_RANGE

    return next_random


def shuffle_in_place(items, random):
    """Fisher-Yates, from the last item down, as the lab's shuffleInPlace."""
    for i in range(len(items) - 1, 0, -1):
        j = math.floor(random() * (i + 1))
        items[i], items[j] = items[j], items[i]
    return items


def class_quotas(class_sizes, total):
    """Validation rows per class: its share of `total` rounded down, the leftover rows to the
    classes with the largest remainders (ties to the lower class), summing to `total`."""
    n = sum(class_sizes)
    quotas = [size * total // n for size in class_sizes]
    remainders = [size * total % n for size in class_sizes]
    leftover = total - sum(quotas)
    for c in sorted(range(len(class_sizes)), key=lambda c: (-remainders[c], c)):
        if leftover == 0:
            break
        quotas[c] += 1
        leftover -= 1
    return quotas


def stratified_split(labels, validation_size, seed):
    """(train indices, validation indices), both ascending: each class's proportional share of
    the validation rows, picked with mulberry32(seed), as the lab's stratifiedSplit."""
    if not 0 < validation_size < len(labels):
        raise SystemExit(
            f"validationSize must be from 1 to {len(labels) - 1}, not {validation_size}."
        )
    by_class = [np.flatnonzero(labels == c).tolist() for c in range(NUM_CLASSES)]
    quotas = class_quotas([len(indices) for indices in by_class], validation_size)
    random = mulberry32(seed)
    train, validation = [], []
    for indices, quota in zip(by_class, quotas):
        shuffle_in_place(indices, random)
        validation += indices[:quota]
        train += indices[quota:]
    return sorted(train), sorted(validation)


class BatchSampler:
    """Training batches in a fresh seeded order every epoch, as the lab's BatchSampler: the last
    partial batch of an epoch is dropped, and each epoch shuffles the previous epoch's order."""

    def __init__(self, train_indices, batch_size, random):
        if not 1 <= batch_size <= len(train_indices):
            raise SystemExit(f"batchSize must be from 1 to {len(train_indices)}, not {batch_size}.")
        self.order = list(train_indices)
        self.batch_size = batch_size
        self.random = random
        self.position = 0
        self.epoch = 0  # completed passes over the training images
        shuffle_in_place(self.order, random)

    def next(self):
        if self.position + self.batch_size > len(self.order):
            self.epoch += 1
            self.position = 0
            shuffle_in_place(self.order, self.random)
        batch = self.order[self.position : self.position + self.batch_size]
        self.position += self.batch_size
        return np.asarray(batch, dtype=np.int64)


# --- Augmentation (src/engine/augment.ts) -----------------------------------------------------

AUGMENTATION_FIELDS = ["augNoise", "augLuminance", "augContrast", "augShift", "augFlip"]
# Range of the seed drawn for a batch's Gaussian noise.
NOISE_SEED_RANGE = 2**32


def has_augmentation(config):
    return any(config[field] > 0 for field in AUGMENTATION_FIELDS)


def draw_augmentation(n, config, random):
    """The random choices for a batch of n, from the lab's stream: per image flip, dy, dx,
    contrast and luminance, then the batch's noise seed. Always 5n + 1 numbers, whatever the
    strengths, so runs that differ only in strengths see the same batches."""
    shifts = 2 * config["augShift"] + 1
    draw = {"flip": [], "dy": [], "dx": [], "contrast": [], "luminance": []}
    for _ in range(n):
        draw["flip"].append(1 if random() < config["augFlip"] else 0)
        draw["dy"].append(math.floor(random() * shifts) - config["augShift"])
        draw["dx"].append(math.floor(random() * shifts) - config["augShift"])
        draw["contrast"].append(1 + config["augContrast"] * (2 * random() - 1))
        draw["luminance"].append(config["augLuminance"] * (2 * random() - 1))
    draw["noiseSeed"] = math.floor(random() * NOISE_SEED_RANGE)
    return draw


def per_image(values):
    """Per-image values [n] as float32 [n, 1, 1, 1], to broadcast over each image."""
    return torch.tensor(values, dtype=torch.float32).reshape(-1, 1, 1, 1)


def shift(xs, max_shift, dy, dx):
    """Each image moved by whole pixels: output (r, c) shows input (r - dy, c - dx), black where
    that falls outside the image."""
    padded = F.pad(xs, (max_shift, max_shift, max_shift, max_shift))
    out = torch.empty_like(xs)
    for i in range(len(xs)):
        top, left = max_shift - dy[i], max_shift - dx[i]
        out[i] = padded[i, :, top : top + IMAGE_SIDE, left : left + IMAGE_SIDE]
    return out


def augment_batch(xs, config, draw):
    """The lab's order: flip, shift, contrast, luminance, noise, clip to [0, 1]; an operation
    whose strength is 0 is skipped. xs: float32 [n, 1, 28, 28] in [0, 1]."""
    if config["augFlip"] > 0:
        flips = per_image(draw["flip"]).bool()
        xs = torch.where(flips, xs.flip(3), xs)
    if config["augShift"] > 0:
        xs = shift(xs, config["augShift"], draw["dy"], draw["dx"])
    if config["augContrast"] > 0:
        mean = xs.mean(dim=(1, 2, 3), keepdim=True)
        xs = (xs - mean) * per_image(draw["contrast"]) + mean
    if config["augLuminance"] > 0:
        xs = xs + per_image(draw["luminance"])
    if config["augNoise"] > 0:
        # The lab seeds TF.js's generator with noiseSeed; here it seeds PyTorch's (other numbers).
        noise = torch.Generator().manual_seed(draw["noiseSeed"])
        xs = xs + config["augNoise"] * torch.randn(xs.shape, generator=noise)
    return xs.clamp(0, 1)


# --- The models (src/engine/builders.ts) ------------------------------------------------------

# The report's initialisation: truncated normal, mean 0, sd 0.5 (TF.js redraws beyond 2 sd).
REPORT_INIT_SD = 0.5
TRUNCATE_AT_SD = 2
LEAKY_RELU_ALPHA = 0.1
DEEP_CNN_DROPOUT = 0.5
DEEP_CNN_DENSE_UNITS = 128

# Activations by name; `units` is the number of PReLU slopes (one per unit or conv filter).
# TF.js's PReLU starts its slopes at 0, PyTorch's at 0.25: set to the lab's.
ACTIVATIONS = {
    "relu": lambda units: nn.ReLU(),
    "leakyRelu": lambda units: nn.LeakyReLU(LEAKY_RELU_ALPHA),
    "prelu": lambda units: nn.PReLU(num_parameters=units, init=0.0),
}


def build_dense(config, activation):
    units = config["hiddenUnits"]
    return nn.Sequential(
        nn.Flatten(),
        nn.Linear(PIXELS_PER_IMAGE, units),
        activation(units),
        nn.Linear(units, NUM_CLASSES),
    )


def build_cnn(config, activation):
    """The report's CNN: one conv layer (stride 1, no padding), flatten, softmax."""
    filters, kernel = config["filters"], config["kernelSize"]
    side = IMAGE_SIDE - kernel + 1
    return nn.Sequential(
        nn.Conv2d(1, filters, kernel, stride=1, padding=0),
        activation(filters),
        nn.Flatten(),
        nn.Linear(filters * side * side, NUM_CLASSES),
    )


def build_deep_cnn(config, activation):
    """The report's future work: conv32 3x3, pool, conv64 3x3, pool, dense 128, dropout."""
    return nn.Sequential(
        nn.Conv2d(1, 32, 3),
        activation(32),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3),
        activation(64),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(5 * 5 * 64, DEEP_CNN_DENSE_UNITS),
        activation(DEEP_CNN_DENSE_UNITS),
        nn.Dropout(DEEP_CNN_DROPOUT),
        nn.Linear(DEEP_CNN_DENSE_UNITS, NUM_CLASSES),
    )


MODEL_BUILDERS = {"dense": build_dense, "cnn": build_cnn, "deepCnn": build_deep_cnn}


def fans(weight):
    """(fan in, fan out) of a kernel as TF.js counts them: inputs and outputs times the
    receptive field (PyTorch's [out, in, h, w] kernel has TF.js's [h, w, in, out] numbers)."""
    receptive_field = weight[0][0].numel() if weight.dim() > 2 else 1
    return weight.shape[1] * receptive_field, weight.shape[0] * receptive_field


def truncated_normal_(weight, sd):
    nn.init.trunc_normal_(weight, mean=0.0, std=sd, a=-TRUNCATE_AT_SD * sd, b=TRUNCATE_AT_SD * sd)


def he_normal_(weight):
    """TF.js's heNormal: a truncated normal (at 2 sd) with sd sqrt(2 / fan in)."""
    fan_in, _ = fans(weight)
    truncated_normal_(weight, math.sqrt(2 / fan_in))


def glorot_uniform_(weight):
    """TF.js's glorotUniform: uniform in +-sqrt(6 / (fan in + fan out))."""
    fan_in, fan_out = fans(weight)
    limit = math.sqrt(6 / (fan_in + fan_out))
    nn.init.uniform_(weight, -limit, limit)


# Kernel initialisers by name; `hidden` feeds a ReLU-family activation, `output` the softmax.
INITIALIZERS = {
    "modern": {"hidden": he_normal_, "output": glorot_uniform_},
    "truncatedNormal": {
        "hidden": lambda weight: truncated_normal_(weight, REPORT_INIT_SD),
        "output": lambda weight: truncated_normal_(weight, REPORT_INIT_SD),
    },
}


def build_model(config):
    """The logits model [n, 1, 28, 28] -> [n, 10] of a config (softmax is in the loss), its
    kernels initialised as the lab's and its biases at zero."""
    model = MODEL_BUILDERS[config["model"]](config, ACTIVATIONS[config["activation"]])
    layers = [layer for layer in model if isinstance(layer, (nn.Linear, nn.Conv2d))]
    init = INITIALIZERS[config["init"]]
    with torch.no_grad():
        for layer in layers:
            init["output" if layer is layers[-1] else "hidden"](layer.weight)
            nn.init.zeros_(layer.bias)
    return model


# --- Optimizers, with TF.js's defaults (src/engine/optimizers.ts) -----------------------------

# TF.js's epsilon for float32 backends (ENGINE.backend.epsilon()).
TFJS_EPSILON = 1e-7
ADAM_BETA1 = 0.9
ADAM_BETA2 = 0.999
RMSPROP_DECAY = 0.9
ADAGRAD_INITIAL_ACCUMULATOR = 0.1


class TfjsRMSProp(torch.optim.Optimizer):
    """tf.train.rmsprop(lr): mean square decayed by 0.9, no momentum, not centred, and epsilon
    inside the square root: w -= lr * g / sqrt(ms + eps). (PyTorch's RMSprop decays by 0.99
    and adds epsilon outside the root.)"""

    def __init__(self, params, lr):
        super().__init__(params, {"lr": lr})

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                mean_square = self.state[p].setdefault("mean_square", torch.zeros_like(p))
                mean_square.mul_(RMSPROP_DECAY).addcmul_(p.grad, p.grad, value=1 - RMSPROP_DECAY)
                p.addcdiv_(p.grad, (mean_square + TFJS_EPSILON).sqrt(), value=-group["lr"])


class TfjsAdagrad(torch.optim.Optimizer):
    """tf.train.adagrad(lr): the accumulator starts at 0.1, w -= lr * g / sqrt(acc + eps)."""

    def __init__(self, params, lr):
        super().__init__(params, {"lr": lr})

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                accumulator = self.state[p].setdefault(
                    "accumulator", torch.full_like(p, ADAGRAD_INITIAL_ACCUMULATOR)
                )
                accumulator.addcmul_(p.grad, p.grad)
                p.addcdiv_(p.grad, (accumulator + TFJS_EPSILON).sqrt(), value=-group["lr"])


OPTIMIZERS = {
    # TF.js's Adam: w -= lr * m_hat / (sqrt(v_hat) + eps), which is PyTorch's formula.
    "adam": lambda params, lr: torch.optim.Adam(
        params, lr=lr, betas=(ADAM_BETA1, ADAM_BETA2), eps=TFJS_EPSILON
    ),
    "sgd": lambda params, lr: torch.optim.SGD(params, lr=lr),
    "rmsprop": TfjsRMSProp,
    "adagrad": TfjsAdagrad,
}


# --- Training (src/engine/train.ts) -----------------------------------------------------------

# Images per forward pass when evaluating.
EVAL_BATCH = 1000


@torch.no_grad()
def evaluate(model, xs, ys):
    """Accuracy and mean softmax cross-entropy (nats) of the model on a whole set."""
    model.eval()
    loss, hits = 0.0, 0
    for start in range(0, len(ys), EVAL_BATCH):
        logits = model(xs[start : start + EVAL_BATCH])
        labels = ys[start : start + EVAL_BATCH]
        loss += F.cross_entropy(logits, labels, reduction="sum").item()
        hits += (logits.argmax(dim=1) == labels).sum().item()
    model.train()
    return {"accuracy": hits / len(ys), "loss": loss / len(ys)}


def trial_config(trial, steps=None):
    """BASE_CONFIG with the trial's changes; `steps` (--steps) overrides every trial's steps."""
    config = {**BASE_CONFIG, **trial["changes"]}
    if steps is not None:
        config["steps"] = steps
        config["evalEvery"] = min(config["evalEvery"], steps)
    return config


def train_trial(index, trial, data, steps=None, threads=1, on_point=None):
    """Trains one trial as the lab's trainModel does and returns its run in the lab's runs
    format (src/runs/state.ts's Run), without the id and group the caller gives it."""
    torch.set_num_threads(threads)
    config = trial_config(trial, steps)
    created_at = int(time.time() * 1000)
    started = time.perf_counter()
    train_indices, validation_indices = stratified_split(
        data.train_labels, config["validationSize"], config["seed"]
    )
    validation = to_tensors(
        data.train_images[validation_indices], data.train_labels[validation_indices]
    )
    # The lab seeds its layers from the config's seed; PyTorch's generator draws other numbers.
    torch.manual_seed(config["seed"])
    model = build_model(config)
    optimizer = OPTIMIZERS[config["optimizer"]](model.parameters(), config["learningRate"])
    random = mulberry32(config["seed"])  # the batch order's and augmentation's stream
    sampler = BatchSampler(train_indices, config["batchSize"], random)
    augment = has_augmentation(config)
    run = {
        "name": trial["name"],
        "config": config,
        "status": "done",
        "createdAt": created_at,
        "params": sum(p.numel() for p in model.parameters()),
        "engine": f"PyTorch {torch.__version__}, CPU, {threads} thread{'s' if threads > 1 else ''}",
        "points": [],
        "step": 0,
    }

    def end(status, **fields):
        run.update(status=status, elapsedMs=(time.perf_counter() - started) * 1000, **fields)
        return run

    def diverged(step, what):
        return end(
            "diverged",
            message=f"{what} became NaN or infinite by step {step}: the run diverged. "
            f"Try a lower learning rate (now {config['learningRate']}).",
        )

    loss_sum, steps_since_point = 0.0, 0
    start = time.perf_counter()
    interval_start = start
    for step in range(1, config["steps"] + 1):
        batch = sampler.next()
        xs, ys = to_tensors(data.train_images[batch], data.train_labels[batch])
        if augment:
            xs = augment_batch(xs, config, draw_augmentation(len(batch), config, random))
        optimizer.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(xs), ys)
        loss.backward()
        optimizer.step()
        loss_sum += loss.item()
        steps_since_point += 1
        run["step"] = step

        if step % config["evalEvery"] == 0 or step == config["steps"]:
            train_loss = loss_sum / steps_since_point
            trained_at = time.perf_counter()
            if not math.isfinite(train_loss):
                return diverged(step, "The training loss")
            val = evaluate(model, *validation)
            eval_ms = (time.perf_counter() - trained_at) * 1000
            if not math.isfinite(val["loss"]):
                return diverged(step, "The validation loss")
            point = {
                "step": step,
                "epoch": sampler.epoch,
                "examplesSeen": step * config["batchSize"],
                "valAccuracy": val["accuracy"],
                "valLoss": val["loss"],
                "trainLoss": train_loss,
                "examplesPerSec": steps_since_point
                * config["batchSize"]
                / (trained_at - interval_start),
                "elapsedMs": (time.perf_counter() - start) * 1000,
                "evalMs": eval_ms,
            }
            run["points"].append(point)
            if on_point:
                on_point(index, trial, point)
            loss_sum, steps_since_point = 0.0, 0
            interval_start = time.perf_counter()
    test = evaluate(model, *to_tensors(data.test_images, data.test_labels))
    return end("done", test=test)


# --- Where the trials run: here, one after another, or on a Dask cluster ----------------------


def print_json(value):
    print(json.dumps(value, allow_nan=False), flush=True)


def print_point(index, trial, point):
    """One evaluation point as a JSON line on stdout (messages for people go to stderr)."""
    print_json({"trial": index, "name": trial["name"], **point})


def print_end(index, run):
    keys = ("status", "step", "test", "message", "elapsedMs")
    ending = {key: run[key] for key in keys if key in run}
    print_json({"trial": index, "name": run["name"], **ending})


def run_here(trials, data, args, on_done, stamp):
    for index, trial in enumerate(trials):
        say(f"Trial {index + 1} of {len(trials)}: {trial['name']}")
        run = train_trial(index, trial, data, args.steps, args.threads, print_point)
        print_end(index, run)
        on_done(index, run)


def run_on_dask(trials, data, args, on_done, stamp):
    """One Dask task per trial. The data goes to every worker once (scatter), so the workers
    need PyTorch but not the data files. Points are printed as each trial comes back."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise SystemExit(
            f"--dask needs Dask's distributed package ({error}). Debian: apt-get install "
            "python3-distributed; pip: pip install distributed."
        ) from None
    if args.dask == "local":
        workers = args.workers or max(1, (os.cpu_count() or 1) // args.threads)
        say(f"Starting a local Dask cluster of {workers} worker{'s' if workers > 1 else ''}")
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        cluster = None
        client = Client(args.dask)
    try:
        say(f"Dask: {client}")
        shared = client.scatter(data, broadcast=True)
        # Keys of this run of the script alone: a cluster may be running another experiment.
        futures = {
            client.submit(
                train_trial, index, trial, shared, args.steps, args.threads,
                key=f"fashion-mnist-lab-{stamp}-trial-{index + 1}",
            ): index
            for index, trial in enumerate(trials)
        }
        for future in as_completed(futures):
            index = futures[future]
            run = future.result()
            for point in run["points"]:
                print_point(index, trials[index], point)
            print_end(index, run)
            on_done(index, run)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- The runs file: the lab's runs export (src/runs/export.ts, checked by schema.ts) ----------

EXPORT_FORMAT = "fashion-mnist-lab/runs"
EXPORT_VERSION = 1


def write_runs_file(path, runs, stamp):
    """Writes the finished runs so far, each with an id and repeat group of its own (a second
    run of this script imports beside the first, not over it). Written whole after every
    trial, through a temporary file, so an interrupted sweep keeps what it finished."""
    exported = []
    for index, run in sorted(runs, key=lambda entry: entry[0]):
        group = TRIALS[index]["group"]
        entry = {"id": f"pytorch-{stamp}-{index + 1}", **run}
        if group is not None:
            entry["group"] = f"pytorch-{stamp}-group-{group}"
        exported.append(entry)
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "appVersion": f"{LAB_VERSION} (PyTorch script)",
        "exportedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "contents": f"{EXPERIMENT_NAME}: run settings, curves and scores from PyTorch; "
        "no model weights",
        "runs": exported,
    }
    temporary = Path(f"{path}.partial")
    temporary.write_text(json.dumps(document, indent=1, allow_nan=False))
    os.replace(temporary, path)


# --- Checking this script against the lab -----------------------------------------------------


def print_splits(trials, data, args):
    """--print-split: each trial's validation indices as a JSON line (the lab's split)."""
    for index, trial in enumerate(trials):
        config = trial_config(trial, args.steps)
        seed = config["seed"]
        _, validation = stratified_split(data.train_labels, config["validationSize"], seed)
        print_json({"trial": index, "seed": seed, "validationIndices": validation})


def print_batches(trials, data, args):
    """--print-batches N: each trial's first N batches (training indices, and the augmentation's
    draws when it augments) as JSON lines, in the order the lab draws them."""
    for index, trial in enumerate(trials):
        config = trial_config(trial, args.steps)
        train, _ = stratified_split(data.train_labels, config["validationSize"], config["seed"])
        random = mulberry32(config["seed"])
        sampler = BatchSampler(train, config["batchSize"], random)
        for number in range(args.print_batches):
            batch = sampler.next()
            line = {"trial": index, "batch": number, "epoch": sampler.epoch}
            line["indices"] = batch.tolist()
            if has_augmentation(config):
                line["augmentation"] = draw_augmentation(len(batch), config, random)
            print_json(line)


# --- The command line -------------------------------------------------------------------------


def say(message):
    print(message, file=sys.stderr, flush=True)


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def parse_args(argv):
    script = Path(sys.argv[0]).stem or "fashion_mnist_lab"
    parser = argparse.ArgumentParser(
        description=f"Trains the Fashion-MNIST Lab experiment \"{EXPERIMENT_NAME}\" "
        f"({len(TRIALS)} run{'s' if len(TRIALS) > 1 else ''}) in PyTorch.",
    )
    parser.add_argument(
        "--data",
        metavar="FOLDER",
        default=os.environ.get("FASHION_MNIST_DIR", DEFAULT_DATA),
        help="folder of the four Fashion-MNIST .gz files (default: $FASHION_MNIST_DIR, else "
        f"{DEFAULT_DATA}, the lab's copy, relative to the current folder; Debian's "
        "dataset-fashion-mnist puts them in /usr/share/datasets/fashion-mnist)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        default=f"{script}.runs.json",
        help="the runs file to write, for the lab's Import runs (default: %(default)s)",
    )
    parser.add_argument(
        "--steps", type=positive_int, metavar="N", help="train every run this many steps instead"
    )
    parser.add_argument(
        "--threads", type=positive_int, default=1, metavar="N",
        help="PyTorch threads per run (default: 1, the fastest for models this small)",
    )
    parser.add_argument(
        "--dask", metavar="ADDRESS",
        help="run the trials on a Dask cluster: a scheduler address (tcp://host:8786), or "
        "'local' to start one on this machine",
    )
    parser.add_argument(
        "--workers", type=positive_int, metavar="N",
        help="workers of --dask local (default: CPU cores / threads)",
    )
    parser.add_argument(
        "--print-split", action="store_true",
        help="print each run's validation indices as JSON lines, and train nothing",
    )
    parser.add_argument(
        "--print-batches", type=positive_int, metavar="N",
        help="print each run's first N batches (indices, augmentation draws), and train nothing",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    data = load_fashion_mnist(args.data)
    if args.print_split or args.print_batches:
        if args.print_split:
            print_splits(TRIALS, data, args)
        if args.print_batches:
            print_batches(TRIALS, data, args)
        return
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}"
    finished = []

    def on_done(index, run):
        finished.append((index, run))
        write_runs_file(args.out, finished, stamp)
        score = f"test accuracy {run['test']['accuracy']:.4f}" if "test" in run else run["status"]
        say(f"{len(finished)} of {len(TRIALS)} done: {run['name']}, {score}")

    (run_on_dask if args.dask else run_here)(TRIALS, data, args, on_done, stamp)
    say(f"Wrote {len(finished)} run{'s' if len(finished) > 1 else ''} to {args.out}: "
        "import it in the lab under Keep runs > Import runs.")


if __name__ == "__main__":
    main()

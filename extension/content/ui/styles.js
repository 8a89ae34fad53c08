// The shadow root's stylesheet. Everything is scoped by the shadow root; the
// host itself is reset inline (host.js) so page CSS cannot reach in.

export const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; overflow: visible; }

/* Marks: never in the way of the editor. Hover is found from coordinates. */
[data-carecheck-marks] { pointer-events: none; }
[data-carecheck-mark] {
  position: fixed; pointer-events: none; border-radius: 2px;
  border-bottom: 2px solid var(--tone); background: color-mix(in srgb, var(--tone) 14%, transparent);
}
[data-carecheck-mark][data-active] { background: color-mix(in srgb, var(--tone) 30%, transparent); }

.tone-high { --tone: #c4231a; }
.tone-low, .tone-medium { --tone: #b35c00; }
.tone-none { --tone: #2e6b4f; }

.card {
  pointer-events: auto; position: fixed; width: 300px; max-height: 60vh; overflow: auto;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-left: 4px solid var(--tone);
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, .16); padding: 10px 12px;
}
.card p { margin: 0 0 6px; }
.card ul { margin: 0 0 6px; padding: 0 0 0 18px; }
.card li { margin: 2px 0; }
.headline { font-weight: 650; color: var(--tone); }
.brand { font-size: 11px; letter-spacing: .02em; color: #59636e; text-transform: uppercase; margin-bottom: 4px; }

[data-carecheck-panel][hidden] { display: none; }
[data-carecheck-panel].quiet {
  pointer-events: none; padding: 3px 8px; border-radius: 999px; border: 1px solid #cfe3d8; box-shadow: none;
  font-size: 12px; color: #2e6b4f; background: rgba(255, 255, 255, .92); white-space: nowrap;
}
[data-carecheck-panel].quiet p { margin: 0; }
[data-carecheck-panel].quiet p::before { content: "✓ "; }
[data-carecheck-panel] .findings { list-style: none; padding: 0; }
[data-carecheck-finding] {
  all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 4px 6px; border-radius: 4px;
  border-left: 3px solid var(--tone); background: #f6f8fa;
}
[data-carecheck-finding]:hover { background: #eef1f4; }
[data-carecheck-finding]:focus-visible, button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.excerpt { color: #59636e; }

/* The checklist must not hide below the fold of a short card. */
[data-carecheck-panel]:has([data-carecheck-images]) { max-height: 85vh; }
[data-carecheck-images] { margin-top: 8px; border-top: 1px solid #d0d7de; padding-top: 8px; }
[data-carecheck-images] .images { list-style: none; padding: 0; }
[data-carecheck-image] { border-left: 3px solid var(--tone); background: #f6f8fa; border-radius: 4px; padding: 4px 6px; margin: 0 0 6px; }
[data-carecheck-image] .image-name { font-weight: 600; overflow-wrap: anywhere; margin-bottom: 2px; }
[data-carecheck-image] .image-findings { list-style: none; padding-left: 0; margin: 2px 0; }
[data-carecheck-image] .image-findings li { margin: 0 0 3px; }
[data-carecheck-image] .image-findings .value { overflow-wrap: anywhere; }
[data-carecheck-image] .image-findings .why { display: block; color: #59636e; font-size: 12px; line-height: 1.3; }
.checklist { margin-bottom: 8px; }
.note { color: #59636e; font-size: 12px; }
.clean button { margin: 2px 0 4px; }
.clean button[disabled] { cursor: progress; opacity: .7; }
.checklist p { font-weight: 600; }
.checklist ul { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; }
.checklist li { margin: 0; padding: 1px 8px; border-radius: 999px; background: #eef1f4; font-size: 12px; }

[data-carecheck-tooltip] { z-index: 1; width: 280px; }
[data-carecheck-tooltip] .label { font-weight: 650; color: var(--tone); }
.suggestion { background: #f6f8fa; border-radius: 4px; padding: 4px 6px; }

button.primary, button.secondary {
  all: unset; box-sizing: border-box; cursor: pointer; display: inline-block; padding: 5px 12px; border-radius: 6px; font-weight: 600;
}
button.primary { background: #1f6feb; color: #fff; }
button.primary:hover { background: #1a5fd0; }
button.secondary { background: #eef1f4; color: #1f2328; }
button.secondary:hover { background: #e1e5ea; }
button.danger { background: #c4231a; color: #fff; }

.scrim { pointer-events: auto; position: fixed; inset: 0; background: rgba(15, 20, 25, .45); }
[data-carecheck-confirm] { position: fixed; left: 50%; top: 20vh; transform: translateX(-50%); width: min(440px, 92vw); padding: 16px 18px; }
[data-carecheck-confirm] h2 { font-size: 16px; margin: 0 0 8px; color: var(--tone); }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
`;

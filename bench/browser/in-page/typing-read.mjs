// Reads what typing-probe.mjs collected.
export default function typingRead() {
  return window.__benchTyping;
}

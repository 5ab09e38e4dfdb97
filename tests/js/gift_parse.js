// Parse GIFT texts with gift-pegjs: reads a JSON list of texts on stdin, writes one result per text.
const { parse } = require("gift-pegjs");
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((text) => {
    try {
      return { ok: true, questions: parse(text) };
    } catch (err) {
      const where = err.location ? ` at line ${err.location.start.line}` : "";
      return { ok: false, error: `${err.message}${where}` };
    }
  });
  process.stdout.write(JSON.stringify(results));
});

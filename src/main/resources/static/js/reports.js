// Draws each <canvas data-chart> from the accessible table it names (data-table): labels from the column
// data-label, one data set per column in data-values (header text as its name). The table stays the source.
(function () {
  function number(text) {
    const n = parseFloat(String(text).replace(/\s/g, "").replace(",", "."));
    return Number.isFinite(n) ? n : 0;
  }
  function draw(canvas) {
    const table = document.getElementById(canvas.dataset.table);
    if (!table || typeof Chart === "undefined") return;
    const labelCol = parseInt(canvas.dataset.label || "0", 10);
    const valueCols = (canvas.dataset.values || "1").split(",").map((v) => parseInt(v, 10));
    const headers = Array.from(table.tHead.rows[0].cells).map((c) => c.textContent.trim());
    const rows = Array.from(table.tBodies[0].rows).filter((r) => r.cells.length > Math.max(labelCol, ...valueCols));
    const labels = rows.map((r) => r.cells[labelCol].textContent.trim());
    const colors = ["#b3261e", "#1f5aa6", "#2e7d32", "#b26a00", "#6a1b9a", "#00838f"];
    const kind = canvas.dataset.chart || "bar";
    const datasets = valueCols.map((col, i) => ({
      label: headers[col],
      data: rows.map((r) => number(r.cells[col].textContent)),
      backgroundColor: kind === "doughnut" ? colors : colors[i % colors.length],
      borderColor: colors[i % colors.length],
    }));
    const options = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: datasets.length > 1 || kind === "doughnut" } } };
    if (kind !== "doughnut") {
      options.scales = { y: { beginAtZero: true } };
      if (canvas.dataset.max) options.scales.y.max = number(canvas.dataset.max);
    }
    canvas.parentElement.style.height = kind === "doughnut" ? "16rem" : "18rem";
    canvas.chart = new Chart(canvas, { type: kind, data: { labels, datasets }, options });
    canvas.dataset.drawn = "true";
  }
  document.addEventListener("DOMContentLoaded", () => document.querySelectorAll("canvas[data-chart]").forEach(draw));
})();

/* saiken serve: the one script of the app (no build step, no third-party code).
   Documents: drag-and-drop upload with per-file progress. Page review: row <-> box selection, keyboard, add mode. */
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var STATUS = { queued: "待機中", converting: "変換中", auditing: "監査中", done: "完了", failed: "失敗", rejected: "受付不可" };
  function pendingStatus(s) { return s === "queued" || s === "converting" || s === "auditing"; }

  function $(id) { return document.getElementById(id); }

  /* ---------- documents list ---------- */
  function initUpload() {
    var form = $("upload"), input = $("files"), list = $("progress");
    if (!form) return;
    var items = {};  // id -> <li>
    function row(name) {
      var li = document.createElement("li");
      li.innerHTML = '<span class="name"></span><progress max="100" value="0"></progress><span class="state">送信中</span>';
      li.querySelector(".name").textContent = name;
      list.appendChild(li);
      return li;
    }
    function send(files) {
      if (!files.length) return;
      var fd = new FormData(), lis = [];
      for (var i = 0; i < files.length; i++) { fd.append("files", files[i], files[i].name); lis.push(row(files[i].name)); }
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/documents");
      xhr.setRequestHeader("X-CSRF-Token", csrf);
      xhr.upload.onprogress = function (e) {
        if (!e.lengthComputable) return;
        lis.forEach(function (li) { li.querySelector("progress").value = Math.round(40 * e.loaded / e.total); });
      };
      xhr.onload = function () {
        var res;
        try { res = JSON.parse(xhr.responseText); } catch (e) { res = null; }
        if (xhr.status !== 200 || !Array.isArray(res)) {
          var msg = (res && res.detail) || ("送信できませんでした（" + xhr.status + "）");
          lis.forEach(function (li) { li.querySelector(".state").textContent = msg; li.className = "error"; });
          return;
        }
        res.forEach(function (r, k) {
          var li = lis[k];
          li.dataset.status = r.status;
          if (r.status === "rejected") {
            li.querySelector("progress").value = 0;
            li.querySelector(".state").textContent = r.message; li.className = "error";
          } else {
            items[r.id] = li; li.dataset.id = r.id;
            li.querySelector(".state").textContent = STATUS[r.status] || r.status;
            li.querySelector("progress").value = 50;
          }
        });
        poll();
      };
      xhr.send(fd);
    }
    var timer = null;
    function poll() {
      if (timer) return;
      timer = setInterval(function () {
        fetch("/api/documents", { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); })
          .then(function (docs) {
            var pending = 0;
            docs.forEach(function (d) {
              var li = items[d.id];
              if (pendingStatus(d.status)) pending++;
              if (!li) return;
              li.dataset.status = d.status;
              li.querySelector(".state").textContent = (STATUS[d.status] || d.status) + (d.message ? "：" + d.message : "");
              li.querySelector("progress").value = { queued: 50, converting: 75, auditing: 90, done: 100, failed: 100 }[d.status] || 50;
              if (d.status === "failed") li.className = "error";
            });
            if (!pending) { clearInterval(timer); timer = null; location.reload(); }
          });
      }, 700);
    }
    input.addEventListener("change", function () { send(input.files); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (ev) {
      form.addEventListener(ev, function (e) { e.preventDefault(); form.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      form.addEventListener(ev, function (e) { e.preventDefault(); form.classList.remove("over"); });
    });
    form.addEventListener("drop", function (e) { send(e.dataTransfer.files); });
    if (document.querySelector('#documents tr[data-status="queued"], #documents tr[data-status="converting"], #documents tr[data-status="auditing"]')) {
      document.querySelectorAll("#documents tr[data-status]").forEach(function (tr) {
        if (pendingStatus(tr.dataset.status)) { items[tr.dataset.id] = row(tr.cells[0].textContent); }
      });
      poll();
    }
  }

  /* ---------- page review ---------- */
  function initReview() {
    var root = $("review");
    if (!root) return;
    var rows = Array.prototype.slice.call(document.querySelectorAll("#facts tr.fact"));
    var boxes = {};
    document.querySelectorAll("#boxes rect.box").forEach(function (r) { boxes[r.dataset.key] = r; });
    var current = null, adding = false;
    var edit = $("edit");

    function select(tr, scroll) {
      if (current) { current.classList.remove("sel"); var ob = boxes[current.dataset.key]; if (ob) ob.classList.remove("hl"); }
      current = tr;
      if (!tr) { edit.hidden = true; return; }
      tr.classList.add("sel");
      var b = boxes[tr.dataset.key];
      if (b) { b.classList.add("hl"); b.parentNode.appendChild(b); if (scroll) b.scrollIntoView({ block: "nearest" }); }
      if (scroll) tr.scrollIntoView({ block: "nearest" });
      tr.focus({ preventScroll: true });
      $("edit-key").value = tr.dataset.key;
      $("edit-raw").textContent = "印字: " + tr.dataset.raw;
      $("edit-value").value = tr.dataset.value;
      $("edit-debt").value = tr.dataset.debt;
      $("edit-year").value = tr.dataset.year;
      $("edit-segment").value = tr.dataset.segment;
      $("edit-metric").value = tr.dataset.metric;
      $("edit-basis").value = tr.dataset.basis;
      edit.hidden = false;
    }
    rows.forEach(function (tr) { tr.addEventListener("click", function () { select(tr, false); }); });
    Object.keys(boxes).forEach(function (k) {
      boxes[k].addEventListener("click", function (e) {
        if (adding) return;
        e.stopPropagation();
        var tr = rows.filter(function (r) { return r.dataset.key === k; })[0];
        if (tr) select(tr, true);
      });
    });
    if (root.dataset.sel) {
      var pre = rows.filter(function (r) { return r.dataset.key === root.dataset.sel; })[0];
      if (pre) select(pre, true);
    }
    document.addEventListener("keydown", function (e) {
      var tag = (e.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "select" || tag === "textarea") {
        if (e.key === "Escape") e.target.blur();
        return;
      }
      var i = current ? rows.indexOf(current) : -1;
      if (e.key === "ArrowDown" || e.key === "j") { e.preventDefault(); if (rows.length) select(rows[Math.min(i + 1, rows.length - 1)], true); }
      else if (e.key === "ArrowUp" || e.key === "k") { e.preventDefault(); if (rows.length) select(rows[Math.max(i - 1, 0)], true); }
      else if (e.key === "ArrowRight" || e.key === "PageDown") { var n = $("next"); if (n) location.href = n.href; }
      else if (e.key === "ArrowLeft" || e.key === "PageUp") { var p = $("prev"); if (p) location.href = p.href; }
      else if (e.key === "Enter" && current) { e.preventDefault(); $("edit-value").focus(); $("edit-value").select(); }
      else if (e.key === "Escape") { select(null); }
    });

    /* add a missed figure: click the number on the page, the form is filled from the word under the click */
    var svg = $("boxes"), view = $("pageview"), add = $("add");
    $("addmode").addEventListener("click", function () {
      adding = !adding;
      view.classList.toggle("adding", adding);
      this.textContent = adding ? "追加をやめる" : "＋ 読み落とした数値を追加（ページ上の数字をクリック）";
      if (!adding) add.hidden = true;
    });
    function near(axis, v) {  // the fact whose box centre is closest along one axis (same line or same column)
      var best = null, d = 1e9;
      rows.forEach(function (tr) {
        if (!tr.dataset.bbox) return;
        var b = tr.dataset.bbox.split(",").map(Number);
        var c = axis === "y" ? (b[1] + b[3]) / 2 : (b[0] + b[2]) / 2;
        if (Math.abs(c - v) < d) { d = Math.abs(c - v); best = tr; }
      });
      return d < (axis === "y" ? 6 : 30) ? best : null;
    }
    svg.addEventListener("click", function (e) {
      if (!adding) return;
      var pt = svg.createSVGPoint(); pt.x = e.clientX; pt.y = e.clientY;
      var p = pt.matrixTransform(svg.getScreenCTM().inverse());
      fetch("/api/documents/" + root.dataset.doc + "/pages/" + root.dataset.page + "/word?x=" + p.x.toFixed(1) + "&y=" + p.y.toFixed(1))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (w) {
          if (!w) { alert("その位置に文字が見つかりません。数字の上をクリックしてください。"); return; }
          var pick = $("pick"), b = w.bbox;
          pick.setAttribute("x", b[0] - 1); pick.setAttribute("y", b[1] - 1);
          pick.setAttribute("width", b[2] - b[0] + 2); pick.setAttribute("height", b[3] - b[1] + 2);
          $("add-raw").value = w.text; $("add-value").value = w.value === null ? "" : w.value;
          $("add-bbox").value = b.join(",");
          if (w.unit) $("add-unit").value = w.unit;
          var line = near("y", (b[1] + b[3]) / 2), col = near("x", (b[0] + b[2]) / 2);
          if (line) $("add-debt").value = line.dataset.debt;
          if (col) { $("add-year").value = col.dataset.year; $("add-segment").value = col.dataset.segment;
                     $("add-metric").value = col.dataset.metric; $("add-basis").value = col.dataset.basis; }
          add.hidden = false;
          $("add-value").focus();
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { initUpload(); initReview(); });
})();

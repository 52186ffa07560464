/**
 * The task pane's entry point. The pane itself is built in its own issue;
 * this shell proves the shared runtime loads (functions and pane in one page).
 */
Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Likvärd är laddat. Skriv =LIKVARD. i en cell.";
});

fetch("/admin/").then(() => localStorage.getItem("decap-cms-user"));

/** The administration pages' own links, under the main navigation. */
import { NavLink, useLocation } from 'react-router';

const PAGES = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/measures', label: 'Baselines and targets' },
  { to: '/admin/audit', label: 'Audit log' },
];

export function AdminNav() {
  const { search } = useLocation();
  return (
    <nav aria-label="Administration" className="sub-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <NavLink to={{ pathname: page.to, search }}>{page.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
